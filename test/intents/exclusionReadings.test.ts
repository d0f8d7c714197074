import assert from 'node:assert/strict';
import { createRecognizer } from '../../intents/recognizer';
import type { Recognizer } from '../../intents/types';
import type { ClauseId } from '../../src/domain/vocabulary';

const TODAY = '2025-11-20';

/** A message and the clauses it reveals, as `intents/corpus/LABELLING.md` labels them. */
type Reading = [text: string, clauses: readonly ClauseId[]];

interface ErrorClass {
  name: string;
  /** Readings the engine of 2026-12-07 got wrong. */
  mustChange: readonly Reading[];
  /** Readings it already got right, which the change must keep. */
  mustNotChange: readonly Reading[];
}

const ERROR_CLASSES: readonly ErrorClass[] = [
  {
    name: 'a denial, in any grammatical form, is never a mention',
    mustChange: [
      ['no one has touched the firmware since you installed it', []],
      ['never been near water, it sits in a dry server room', []],
      ['螺丝都没动过，怎么可能是拆过', []],
      ['水都没进过，放在机房里的', []],
      ['摔没摔过 水也没有，就是突然认不到硬盘', []],
      ['这次又不行了 摔倒是没摔过', []],
      ['摔倒是没摔过……就是上礼拜叉车倒车把杆子撞歪了 摄像头被挤了一下', ['abnormal_cause']],
      ['nobody opened it - it fell off the pole last week', ['abnormal_cause']],
    ],
    mustNotChange: [
      ['拆都没拆过，就是突然没画面了', []],
      ['这台摄像机摔都没摔过', []],
      ['从来没进过水，怎么会坏', []],
      ['没人动过这台NVR，突然就黑屏了', []],
      ['nobody has ever taken it apart', []],
      ['it was never dropped and it still died', []],
      ['摔了一下，现在没画面', ['abnormal_cause']],
      ['有没有摔过我不知道，反正上周进水了', ['abnormal_cause']],
      ['nobody told us, but someone had opened the case before we got it', ['unauthorized_repair']],
    ],
  },
  {
    name: 'a negation that says the clause is not a denial of it',
    mustChange: [
      ['we ran the recorder without any ventilation in a sealed box, now disk errors', ['improper_use']],
      ['几年都没做过维护，现在录像老丢', ['improper_use']],
      ['机房一直没做接地，摸机箱麻手，网口坏了', ['abnormal_cause']],
      ['设备是2016年的 早就不在保修期了 画面全黑', ['expired']],
      ['装的时候小工没拿稳从梯子上掉地上了', ['abnormal_cause']],
      ['没固定好，被风吹下来了', ['abnormal_cause']],
    ],
    mustNotChange: [
      ['the audio died although the cam is mounted indoors and never exposed to rain', []],
      ['一直在保修期内，怎么就要收费', []],
      ['the camera has never been dropped, the recorder is the one that fails', []],
    ],
  },
  {
    name: 'a question about coverage in general, or a worry about what may come, is not a mention',
    mustChange: [
      ['保修包括进水吗？', []],
      ["the rainy season is coming and I'm worried water will get into the domes", []],
      ['台风快来了，担心摄像头被刮下来', []],
    ],
    mustNotChange: [
      ['does warranty cover water damage?', []],
      ['雷击坏的保修吗', []],
      ['my camera got water inside, does the warranty cover that?', ['abnormal_cause']],
      ['进水了还保修吗', ['abnormal_cause']],
      ["I'm worried because water got into the dome last week", ['abnormal_cause']],
    ],
  },
  {
    name: 'a fault word that shares a word with a cause is not a cause',
    mustChange: [
      ['the camera fell offline at 3am', []],
      ['the frame rate fell to 5 fps', []],
      ['Serial label is fell off, model is NP-IPC2043', []],
      ['机身标签早就掉了，看不到序列号', []],
      ['人脸授权换服务器以后激活不了了 提示授权已绑定其他设备', []],
    ],
    mustNotChange: [
      ['用第三方的授权激活工具 平台一直弹警告', ['unofficial_software', 'unofficial_channel']],
      ['不是授权经销商那里买的', ['unofficial_channel']],
      ['the camera dropped off the network last night', []],
      ['the NVR keeps dropping frames on channel 3', []],
      ['摄像机老是掉线', []],
      ['录像掉帧很严重', []],
      ['the camera fell off the wall and went offline', ['abnormal_cause']],
      ['摄像头掉下来了，然后就掉线了', ['abnormal_cause']],
    ],
  },
  {
    name: 'an idiom for a fall, a knock, water or electricity is a cause',
    mustChange: [
      ['the camera came crashing down off the wall, now no picture', ['abnormal_cause']],
      ['the NVR drowned in the basement flood', ['abnormal_cause', 'force_majeure']],
      ['the earthquake threw the NVR off the shelf', ['abnormal_cause', 'force_majeure']],
    ],
    mustNotChange: [
      ['the board got cooked by the power when the mains spiked', ['abnormal_cause']],
      ['a forklift clipped it and now the image is tilted', ['abnormal_cause']],
      ['叉车蹭了一下杆子，摄像头歪了', ['abnormal_cause']],
      ['电一冲就把录像机烧了', ['abnormal_cause']],
      ['the video clip of the incident is corrupted', []],
    ],
  },
  {
    name: 'troubleshooting, mounting with the supplied bracket, asking to open a repair case and dropping it off at the centre are no cause',
    mustChange: [
      ['换了电源线和插座，还是不开机', []],
      ['换了个POE口 还是不亮', []],
      ['swapped it to another port, still dark', []],
      ['we swapped the power cable and the socket, still nothing', []],
      ['our own guys mounted it with the bracket you supplied', []],
      ['用原装支架装在墙上的，装好就没画面', []],
      ['Pls open repair - Lin Haitao', []],
      ['please open a repair ticket for the dome', []],
      ["we can drop it off ourselves if it's in Wuhan", []],
    ],
    mustNotChange: [
      ['镜头外面擦过了，还是模糊', []],
      ['it was installed by our team with your bracket, still no video', []],
      ['自己拆开换了个镜头，现在没画面', ['unauthorized_repair']],
      ['a local shop swapped the mainboard and now it reboots', ['unauthorized_repair']],
      ['I opened the case and a wire was loose', ['unauthorized_repair']],
      ['he dropped it off the roof', ['abnormal_cause']],
    ],
  },
  {
    name: 'both or one: a disaster that knocked it over is both, a wrong-voltage supply is an abnormal cause alone',
    mustChange: [
      ['the supply was the wrong voltage and it burned the board', ['abnormal_cause']],
      ['we plugged a 24V adapter into the 12V camera and it smoked', ['abnormal_cause']],
    ],
    mustNotChange: [
      ['Hurricane ripped the roof off the shed, camera and all went with it. Found it two lots over.', ['abnormal_cause', 'force_majeure']],
      ['Monsoon flooded the basement and rain water entered the NVR, it is dead now', ['abnormal_cause', 'force_majeure']],
      ['the typhoon knocked the pole over and the camera broke', ['abnormal_cause', 'force_majeure']],
      ['地震把杆子震倒了，摄像机摔坏了', ['abnormal_cause', 'force_majeure']],
      ['电源电压不对，把主板烧了', ['abnormal_cause']],
      ['offline since the typhoon', ['force_majeure']],
      ['found it on the label: npc21a 0001 2345', []],
      ['台风过后就掉线了', ['force_majeure']],
    ],
  },
  {
    name: 'a disaster that passed the site by is no mention, of the disaster or of damage from it',
    mustChange: [
      ['the typhoon missed us completely, the dome just stopped turning on its own', []],
      ['the flood was all downtown and our depot stayed bone dry; the camera has no video', []],
      ['the lightning storm was three towns over and we had no outage, but channel 2 stopped recording', []],
      ['台风没刮到我们这边，球机自己不转了', []],
      ['洪水淹的是隔壁村，我们这录像机开不了机', []],
      ['地震那天就晃了一下，啥事没有，这周才开始掉线', []],
    ],
    mustNotChange: [
      ['the flood didn\'t reach us, the NVR just died', []],
      ['台风那几天都没事，昨天突然黑屏', []],
      ['台风过后就掉线了', ['force_majeure']],
    ],
  },
  {
    name: 'more fault words that share a word with a cause: a flood of alarms, an app that fell over, a burnt-out picture',
    mustChange: [
      ['We have a camera in a blast freezer that keeps rebooting', ['improper_use']],
      ['and grandpa threw the box away', []],
      ['someone knocked on her door at 1am and the doorbell camera showed nothing', []],
      ['the NVR crashed to the floor when the shelf broke', ['abnormal_cause']],
      ["Good afternoon. Our NVR says 'HDD 3 fell out of the RAID' and the recording crashed twice this week.", []],
      ['the VMS server crashed again overnight, no recordings since', []],
      ['we get an alarm flood from the yard camera every night', []],
      ['the image is flooded with glare from the street lamps', []],
      ['the viewer app fell over again when I opened channel 4', []],
      ['录像机风扇响得跟打雷似的', []],
      ['通道一个接一个掉下去，在线的越来越少', []],
      ['the picture is burnt out in the afternoon sun', []],
      ['camera fell off line 3 times last nite', []],
      ['CSS6100 storage server fell over 3 times last night, it just reboots on its own.', []],
      ['our electrician opened it up last week and resoldered something because he thought he saw a burnt capacitor', ['unauthorized_repair']],
      ['电容烧了 不开机', []],
      ['那批IPC客户的驻场还烧了自己编译的固件，现在全部反复重启', ['unofficial_software']],
      ['前任店长在拼多多上一个不认识的小店买的摄像头，说是拆机件，现在夜视模糊', ['unofficial_channel']],
      ['二手？我这是正经从你们华南总代拿的货，发票上有章，凭什么不给保', []],
      ['我叫了个路边修家电的把录像机拆开了，他一焊把主板烧糊了，现在彻底不开机', ['abnormal_cause', 'unauthorized_repair']],
      ['俺们这前些天山火烧过来 场子边上那根杆子上的摄像头都烤化了 啥也看不着了', ['abnormal_cause', 'force_majeure']],
      ["The one at the back gate has gone funny at night — the picture is all washed out white, like it's burnt. Daytime is fine.", []],
      ["When I said burnt I only meant how the picture looks — it's not actually burnt or hot or anything.", []],
    ],
    mustNotChange: [
      ['the blast blew out the windows and the camera', ['force_majeure']],
      ['the storm threw the camera off the wall', ['abnormal_cause', 'force_majeure']],
      ['a truck knocked the pole over', ['abnormal_cause']],
      ['the basement flooded and the recorder was under water', ['abnormal_cause', 'force_majeure']],
      ['打雷以后摄像头就不亮了', ['abnormal_cause']],
      ['it fell off the pole last night', ['abnormal_cause']],
      ["the housing is black like it's burnt", ['abnormal_cause']],
      ['the camera fell over in the wind', ['abnormal_cause']],
      ['a lightning surge burnt the board', ['abnormal_cause']],
      ['门禁联动的抓拍图全是烧糊了一样的过曝', []],
      ['天太热了我人都快烤化了哈哈，摄像头倒是没事', []],
    ],
  },
  {
    name: 'protection the customer has, and a cause said not to exist, deny the cause',
    mustChange: [
      ['mains is stable and everything sits behind surge protection, the NVR still reboots', []],
      ['不存在进水的可能，机器一直在室内', []],
      ['夏天热是热，但机房有空调，不存在高温，服务器还是死机', []],
      ['there is no surge protection on that pole and the camera died in the storm', ['abnormal_cause', 'force_majeure']],
    ],
    mustNotChange: [
      ['a power surge killed the PoE port', ['abnormal_cause']],
    ],
  },
  {
    name: 'a question asked in general, or about a purchase not yet made, is no mention',
    mustChange: [
      ['Separate question: does your warranty cover typhoon damage', []],
      ['bought 2018', ['expired']],
      ["How much does it cost to repair a PTZ that's out of warranty? serial NPP18A00000388, bought 2018", ['expired']],
      ['Question: if water goes inside from rain, is it covered? Here in spring is very much rain and snow melting. Ours is dry, I just ask for future.', []],
      ['雷击坏了保不保 我们这雷多 就问问', []],
      ['冰雹砸坏的能修吗？', []],
      ['请问过了质保期维修怎么收费', []],
      ['一般来说用户自己拆过的还给保修吗', []],
    ],
    mustNotChange: [
      ['摔坏了还能修吗', ['abnormal_cause']],
      ['我这台已经过了保修期了，维修怎么收费', ['expired']],
    ],
  },
  {
    name: 'the maker\'s own or its authorised service opening the product is no unauthorised repair',
    mustChange: [
      ['原厂售后上门换过主板，现在又不开机', []],
      ['你们授权服务站拆开检测过，说没毛病', []],
    ],
    mustNotChange: [
      ['路边店换过主板，现在又不开机', ['unauthorized_repair']],
      ['your authorised service centre opened it last year', []],
    ],
  },
  {
    name: 'new writers\' words for a cause: a sale of an insolvent firm, a slip of the hand, no upkeep, bad earthing',
    mustChange: [
      ['The barn\'s earthing is bad; every time the electric fence pulses, the camera resets.', ['abnormal_cause']],
      ['we stacked 3 NVRs in a closed cupboard with no airflow. the top one is cooked.', ['improper_use', 'abnormal_cause']],
      ['淘宝上的店买的能享受全国联保吗？还没买，先问', []],
      ['坏之前那天矿上电不稳 来回跳了好几次闸', ['abnormal_cause']],
      ['we got the recorder at a bankruptcy sale, now it will not start', ['unofficial_channel']],
      ['the camera slipped out of my hands onto the concrete', ['abnormal_cause']],
      ['nobody has done any maintenance on these domes in years, the picture is foggy', ['improper_use']],
      ["the cameras along the furnace line haven't had any maintenance in four years, nobody cleans or checks them", ['improper_use']],
      ['装好以后就没保养过，罩子脏得看不清', ['improper_use']],
      ['接地没做好，摸外壳麻手，画面有干扰', ['abnormal_cause']],
    ],
    mustNotChange: [
      ['这台摄像机供电不稳定，一会儿亮一会儿灭', []],
      ['bought it second-hand on Xianyu', ['unofficial_channel']],
      ['拿螺丝刀把后盖撬开看了看，现在不亮了', ['unauthorized_repair']],
      ['废品站收来的摄像头，不出图', ['unofficial_channel']],
      ['a homebrew tool flashed the cameras and now they do not respond', ['unofficial_software']],
      ['我们定期保养，每季度都清洁一次', []],
    ],
  },
  {
    name: 'the size of a licence, the weather of a place and a rhetorical "who would touch it" are no mentions; what got in is',
    mustChange: [
      ['谁能爬那么高去摔它', []],
      ['VMS平台升级完以后提示授权无效，64路的授权，这个不是永久授权吗？', []],
      ['我们在柬埔寨的项目，设备是25年初从国内发过来的，现在不开机', []],
      ['does the warranty cover lightning? We get a lot of storms here.', []],
      ["I guess that's how the droplets got in. It was never dropped or opened though.", ['abnormal_cause']],
    ],
    mustNotChange: [
      ['bought 2018 on ebay', ['expired', 'unofficial_channel']],
      ['谁知道它摔了', ['abnormal_cause']],
      ['用第三方的授权激活工具 平台一直弹警告', ['unofficial_software', 'unofficial_channel']],
      ['the storm last night knocked the camera off the wall', ['abnormal_cause', 'force_majeure']],
      ['从来没进过水 也没摔 不过那天店里电压不稳 跳闸了好几次 之后就不亮了', ['abnormal_cause']],
    ],
  },
  {
    name: 'a question about what a checklist word means is no mention; firmware from a forum is unofficial whatever else is official',
    mustChange: [
      ["Sorry, what is 'self-programmed software'? You mean the firmware?", []],
      ['刷机是什么意思？', []],
      [
        'Not falling, not water, nobody open it. But... in September our engineer put new firmware from one internet forum, because the official one has no Korean menu.',
        ['unofficial_software'],
      ],
    ],
    mustNotChange: [
      ['we flashed a modded firmware from a forum and now it boot-loops', ['unofficial_software']],
      ['we updated the firmware from your official website and it still reboots', []],
      ['刷了个论坛上下的固件 刷完就一直重启', ['unofficial_software']],
    ],
  },
  {
    name: 'a cover taken off is an opening, unless only to fit the drives',
    mustChange: [
      ['In an attempt to diagnose it I removed the rear cover and re-seated the ribbon cable between the main board and the sensor board, but the fault persisted.', ['unauthorized_repair']],
    ],
    mustNotChange: [
      ['I removed the cover to fit the hard drives', []],
      ['we opened the camera to look inside', ['unauthorized_repair']],
    ],
  },
  {
    name: 'what a seller promised of the warranty names no channel, and a warranty\'s length without a date no end',
    mustChange: [
      ['seller tell us 5 year warranty, we have paper from them', []],
      ['卖家说保修三年', []],
    ],
    mustNotChange: [
      ['the 3 year warranty is over', ['expired']],
      ['我们工地那批枪机是19年进场的，合同上写质保三年，现在晚上红外全不亮了', ['expired']],
      ['we bought it from a seller on xianyu', ['unofficial_channel']],
      ['the seller on xianyu told us it was new', ['unofficial_channel']],
    ],
  },
  {
    name: 'a channel is a way of coming by the product: a message that says none, or names only a reseller, names no channel',
    mustChange: [
      ['高勇 国内的号 15327759810 微信也是这个 老挝万象 项目工地上', []],
      ['Our VMS8100 server keeps overheating, we bought it through a reseller in Beijing', ['abnormal_cause']],
    ],
    mustNotChange: [
      ["It's an ex-demo unit I bought privately from a dealer's employee. Is it under warranty?", ['unofficial_channel']],
      ['bought the NVR from a reseller on AliExpress and it came with a hacked firmware preloaded', ['unofficial_software', 'unofficial_channel']],
      ['I bought it second hand from 咸鱼, now 连不上wifi', ['unofficial_channel']],
      ['这台是朋友那边转过来的 没有发票', ['unofficial_channel']],
    ],
  },
  {
    name: 'a disaster that passed the site by, told after it, and a place\'s hazards or season, are no mention',
    mustChange: [
      ['The wildfire smoke turned the sky orange for a week but none of our kit was touched. The only issue is one NVR keeps forgetting its time settings.', []],
      ['We had the 7.1 quake nearby but honestly nothing moved in the server room and every camera came back. Today cam 12 just has no video.', []],
      ['A typhoon went right over us but the cameras rode it out, not a scratch, recorded the whole thing. Now a month later cam 4 has no audio.', []],
      ['Lightning hit the tree across the street but everything in our building kept working - the night-mode problem started weeks before that anyway.', []],
      ["We're in a flood zone, but there hasn't been one in years. Question is just whether the 3-year warranty includes the PSU.", []],
      ['Typhoon season again. Is storm damage excluded or included in your warranty?', []],
      ["Can a camera that's been struck by lightning be repaired by you at all, and roughly what would it cost? Just planning ahead.", []],
    ],
    mustNotChange: [
      ["It wasn't the flood - the basement stayed dry - it was the lightning the same night that fried the PoE switch and the camera on it.", ['abnormal_cause']],
      ['平台授权是闲鱼上买的，装在服务器上一直好好的，上周服务器被雷击了，现在起不来', ['abnormal_cause', 'unofficial_channel']],
      ['the typhoon ripped the camera off the pole', ['abnormal_cause', 'force_majeure']],
      ['it was up on the tower through the September typhoon — the whole pole was shaking for hours. It kept working for a few days after.', ['force_majeure']],
    ],
  },
  {
    name: 'NetPosa\'s own firmware, a question answered "no", a question about support in general, a storm of alerts and a term that still runs are no mention',
    mustChange: [
      ['i am so done with this. the camera was never opened, never had anything on it but your own firmware off your website, and it STILL drops off the wifi every night', []],
      ["Your firmware 5.2.1 crashed our NVR - it's your own official update from the portal, so this one's on you. It reboots in a loop now.", []],
      ['honestly, was it cracked firmware? no. second hand? no. dropped? no. so why is the IR dead after 6 weeks', []],
      ['Is second-hand hardware supported at all, or do I need proof of the original purchase?', []],
      ['A storm of alarm notifications floods my phone every night from cam 2, mostly spiders walking across the lens.', []],
      ["Bought in 2022 with a 5-year warranty, so it should still be covered - the camera's audio cuts in and out.", []],
      ['Please confirm the warranty end date for serial NPC22B00045871, contract says 36 months from 2024-08-01.', []],
    ],
    mustNotChange: [
      ['Our 2-year warranty started in 2019. The NVR fan is dead.', ['expired']],
      ['bought jan 2021, 36 months warranty, no picture on ch2', ['expired']],
      ['we flashed a cracked firmware and now it reboots', ['unofficial_software']],
      ['bought it second hand and it was dropped', ['abnormal_cause', 'unofficial_channel']],
    ],
  },
  {
    name: 'Chinese: a disaster the site came through, protection in place, terms asked about, a lens wiped outside, a welder nearby are no mention; a camera flung down, drowned or a case opened is',
    mustChange: [
      ['下大水那几天整个村都淹了我家在坡上一点没进水摄像头好着呢就是这两天晚上看不清', []],
      ['台风是来了可我们这没刮着就下了点小雨摄像头怎么就看不到了', []],
      ['地震那次我们这离震中几百公里，啥影响没有，录像机是这两周才开始反复重启', []],
      ['雷雨季前我们做了防雷接地，检测也合格，这次是显示器上看不到录像机画面', []],
      ['你们的保修条款里，雷击、浪涌这种算不算？采购合同要写进去', []],
      ['从来没打开过外壳，我们只在外面把镜头擦了擦，画面还是一团雾', []],
      ['过保了不要紧，钱我出，你告诉我寄到哪，越快越好', ['expired']],
      ['台风把楼顶那根立杆吹弯了，上面的摄像头直接甩下来掉在停车场，捡回来已经不亮了', ['abnormal_cause', 'force_majeure']],
      ['去年暑假维修队的师傅把服务器机箱打开加了两根内存条，之后就经常蓝屏重启', ['unauthorized_repair']],
      ['孙子给我下了个不是你们家的看监控的软件叫什么我忘了现在手机看不了了', ['unofficial_software']],
    ],
    mustNotChange: [
      ['我拿螺丝刀把镜头模组拆下来擦了擦，装回去更糊了', ['unauthorized_repair']],
      ['天太热了我人都快烤化了哈哈，摄像头倒是没事，就想问下保修还剩多久', []],
      ['过保了吗？', []],
    ],
  },
  {
    name: 'damage named beside a use outside the rating, a seller said not to be a partner, an uncertified fitter, an unlock tool and a warranty "finish" are mentions',
    mustChange: [
      ['Hi, the cameras at our car wash are the indoor model (we didn\'t know) and they get sprayed every day, now one is full of water and dead', ['improper_use', 'abnormal_cause']],
      ["Hotel here: the NVR is jammed into a sealed cabinet behind the bar, manual says 10 cm clearance, we had zero. It's been cooking itself and now restarts every hour.", ['improper_use', 'abnormal_cause']],
      ['I am writing from Vietnam. Our distributor is not NetPosa partner, we find out later. Camera picture have red line across.', ['unofficial_channel']],
      ['the uncertified fitter put the camera up and fed it off the 230V lighting circuit through a dodgy adapter - it died with a pop', ['abnormal_cause', 'unauthorized_repair']],
      ['hello, my camera warranty is finish since one year, and now the picture is very dark also in day time.', ['expired']],
    ],
    mustNotChange: [
      ['we bought it from your authorised distributor in Shanghai', []],
      ['the dealer is one of your official partners', []],
      ['the indoor dome is in the lobby and works fine apart from the blurry picture', []],
    ],
  },
  {
    name: 'a password somebody changed is a setting, not a repair',
    mustChange: [
      ['NVR密码被之前的网管自己改了，现在登不进去', []],
      ['The installer changed it, we cannot log in now, password wrong', []],
    ],
    mustNotChange: [
      ['the installer changed the admin password and we can\'t log in', []],
      ['a local shop changed the board and now it doesn\'t boot', ['unauthorized_repair']],
      ['电工自己拆开换了个电容，现在还是不亮', ['unauthorized_repair']],
    ],
  },
  {
    name: 'a disaster that struck only the grid, the lines, a road or a tower is force majeure alone',
    mustChange: [
      ["the big flood knocked out the substation and we were off grid for 10 days; the NVR now can't find its disks", ['force_majeure']],
      ['The bushfire burned through the back paddocks and took out the power pole feeding the shearing shed, the camera there has been dead since', ['force_majeure']],
      ['台风把楼顶的通信塔刮倒了，网断了，现在摄像头全显示离线', ['force_majeure']],
      ['去年那场台风过后整个工业区停电一个礼拜，恢复供电以后好多摄像机就起不来了', ['force_majeure']],
    ],
    mustNotChange: [
      ['the storm took down the power line and the surge fried the camera', ['abnormal_cause', 'force_majeure']],
      ['the NVR drowned in the basement flood', ['abnormal_cause', 'force_majeure']],
      ['地震把杆子震倒了，摄像头摔坏了', ['abnormal_cause', 'force_majeure']],
    ],
  },
  {
    name: 'a cause named as the subject of a denied verb is denied',
    mustChange: [
      ['no nobody dropped it, forklifts dont go near it its 5m up. never opened', []],
    ],
    mustNotChange: [
      ['kids have never touched it, it is 4 m up', []],
      ["the forklift hit it and now it doesn't boot", ['abnormal_cause']],
      ["struck by lightning, doesn't power on", ['abnormal_cause']],
      ["dropped it and it doesn't work", ['abnormal_cause']],
    ],
  },
  {
    name: 'a repair the customer only plans is no mention',
    mustChange: [
      ['Okay, I will get it checked by our technician.', []],
      ['回头让电工拆开看看', []],
    ],
    mustNotChange: [
      ["Not dropped, not opened, nothing like that - but I'll admit I bought it used off eBay.", ['unofficial_channel']],
      ['our technician opened it', ['unauthorized_repair']],
    ],
  },
  {
    name: 'a use said to be within its rating is no improper use',
    mustChange: [
      ['Our compressor room runs around 45°C, the camera in there is rated to 60°C, so that is in range. It keeps losing its network', []],
      ['没超路数，16路的录像机就接了10个摄像头，回放还是卡', []],
    ],
    mustNotChange: [
      ['说明书写的湿度不超过90%，我们冷库常年接近100%，镜头起雾', ['improper_use']],
      ['the installer was certified, no worries there, but the recorder sits in a 55 degree boiler room all year', ['improper_use']],
    ],
  },
  {
    name: 'a general question about coverage asked after an "and" is still a question',
    mustChange: [['How long is the warranty on our PTZ? And is lightning damage covered? we get a lot of storms up here', []]],
    mustNotChange: [['and it was hit by lightning, is that covered?', ['abnormal_cause']]],
  },
  {
    name: 'traditional characters and Cantonese are read as the same causes and denials',
    mustChange: [
      ['颱風把攝影機吹下來了', ['abnormal_cause', 'force_majeure']],
      ['冇啊，冇跌过冇入水，都冇人拆过', []],
      ['部机入咗水，开唔到机', ['abnormal_cause']],
    ],
    mustNotChange: [
      ['攝影機從桿子上摔下來了，沒有畫面', ['abnormal_cause']],
      ['從來沒進過水，也沒人拆過', []],
    ],
  },
  {
    name: 'a building refurbished is no refurbished product',
    mustChange: [['The council put it in when the library was refurbished, spring 2024 I believe', []]],
    mustNotChange: [["it's a refurbished unit from a reseller", ['unofficial_channel']]],
  },
  {
    name: 'a product said to be indoors is no indoor model put outdoors',
    mustChange: [["No, none of those — it's indoors above the reception desk.", []]],
    mustNotChange: [['we put the indoor dome outdoors over the loading bay', ['improper_use']]],
  },
  {
    name: 'the official firmware named as what was replaced, and a check "to see if", say what happened',
    mustChange: [
      ['to be transparent: last month one of our devs replaced the stock firmware with a custom build he compiled himself', ['unofficial_software']],
      ['our maintenance man took the front cover off last month to see if a wire was loose inside', ['unauthorized_repair']],
    ],
    mustNotChange: [
      ['it runs the stock firmware', []],
      ['if it was dropped would it be covered?', []],
    ],
  },
  {
    name: 'a learned mention made of scattered words, heard in no fragment, is no mention',
    mustChange: [
      ["Hi there, I look after a residential block in Hong Kong for an overseas landlord (I'm based in Vancouver). The PTZ camera at the entrance keeps going to the wrong preset and it fell offline three times last night.", []],
    ],
    mustNotChange: [
      ['Hi, I look after a block in Hong Kong for a landlord abroad. The PTZ at the entrance was knocked off its bracket by a delivery van and now it points at the ground.', ['abnormal_cause']],
    ],
  },
  {
    name: 'a disaster that took the product with it, or put it under water, is both; one that passed the site by is none',
    mustChange: [
      ['the tornado took out the light pole with the PTZ still on it, now it is in pieces', ['abnormal_cause', 'force_majeure']],
      ['The hurricane flooded the warehouse and the NVR was sitting in the water for a day.', ['abnormal_cause', 'force_majeure']],
      ['Wildfire came close but nothing burned and the power never dropped. Since then the NVR loses its time.', []],
      ['the typhoon passed the island but our area was not hit. The camera just needs a firmware question answered.', []],
      ['The earthquake was on the other island, nothing shook here. The dome still reboots every hour though.', []],
      ['the flood was on the other side of town, we only want to know the warranty period', []],
    ],
    mustNotChange: [
      ['the typhoon knocked the pole over and the camera broke', ['abnormal_cause', 'force_majeure']],
      ['offline since the typhoon', ['force_majeure']],
    ],
  },
  {
    name: 'a seller said not to be official is a channel; one who only installed it is not',
    mustChange: [
      ['we got 20 pcs camera from a supplier in Divisoria not your distributor, 3 pcs dead on arrival', ['unofficial_channel']],
      ['the camera which we bought from non-authorized dealer was repaired by a local shop', ['unauthorized_repair', 'unofficial_channel']],
    ],
    mustNotChange: [
      ['we bought 20 cameras from a supplier in the market, not your distributor, and 3 are dead', ['unofficial_channel']],
      ['he purchased the cameras from a non-authorised dealer and now two are offline', ['unofficial_channel']],
      ['Camera was installed by a non-authorised vendor, and now it is not getting detected on network.', ['unauthorized_repair']],
      ['the firmware came from a Telegram group and now the zoom is stuck', ['unofficial_software']],
      ['we bought it from your authorised distributor in Lagos', []],
    ],
  },
  {
    name: 'software written at home or sent as an app file is not NetPosa\'s',
    mustChange: [
      ['the viewing app is a fake one, a friend sent me the APK, now the camera will not connect', ['unofficial_software']],
    ],
    mustNotChange: [
      ['I installed your app from the app store and the camera will not connect', []],
      ['my son-in-law loaded a Linux build from some hobby project onto the NVR and now it will not record', ['unofficial_software']],
    ],
  },
  {
    name: 'bare words listed after a denial are denied with it; a camera shaken down by a quake fell, also said in Sichuan words',
    mustChange: [
      ["Camera at the crossing hasn't been dropped, knocked or opened. It keeps losing the stream.", []],
    ],
    mustNotChange: [
      ['楼顶那个摄像头遭地震震下来咯，么得用了，我们自己还拆开看过', ['abnormal_cause', 'force_majeure', 'unauthorized_repair']],
      ['not dropped. knocked over by a truck though', ['abnormal_cause']],
      ['it was never opened, knocked off the wall by a van last week', ['abnormal_cause']],
    ],
  },
  {
    name: 'a blow that struck something else, or nearly struck the product, is no fall or knock of it',
    mustChange: [
      ['A pallet fell off the racking but it missed the NVR by a mile. Separately, the NVR shows an HDD error.', []],
      ['球童开电瓶车差点撞到那根杆子，还好刹住了，不过上面的球机最近自己老是乱转', []],
      ['石头砸到了旁边的铲车，摄像头离得远没事，就是后来不知道为啥不录像了', []],
    ],
    mustNotChange: [
      ['a forklift clipped the pole and the camera is hanging by its cable', ['abnormal_cause']],
      ['叉车没撞到摄像头，但是上周漏雨，里面进水了', ['abnormal_cause']],
    ],
  },
  {
    name: 'Chinese: an installer with no licence, software a third party wrote, a seller that is no agent, a landslide, a product swept away',
    mustChange: [
      ['站台那台半球是承包商的临时工装的，没有你们的上岗证，现在不出图', ['unauthorized_repair']],
      ['网络中心自己写了个Python脚本调你们没公开的接口改码流，跑了一晚上摄像机全恢复出厂了', ['unofficial_software']],
      ['这批摄像机是矿上从一个不是你们代理的贸易公司手里进的，保修怎么算', ['unofficial_channel']],
      ['今年雨水大，后山塌方了，路断了三天，监控全部失联', ['force_majeure']],
      ['泥石流把配电房冲了，那台NVR连柜子一起冲出去二十多米，找回来开不了机', ['abnormal_cause', 'force_majeure']],
    ],
    mustNotChange: [
      ['之前的维保公司不是你们授权的，他们换过录像机里的电源模块，现在又开不了机', ['unauthorized_repair']],
      ['说实话，我们这个是从一个没资质的小代理手里拿的货，现在坏了三台', ['unofficial_channel']],
    ],
  },
  {
    name: 'English: an installer said to hold no certificate, a repair by a town technician, a plan not carried out, fault words of burning and falling',
    mustChange: [
      ['My installer is not certificate by NetPosa, he put the camera in the wall and now it does not turn on.', ['unauthorized_repair']],
      ['one customer said the camera was repaired already by a technician in the town, not from your service center', ['unauthorized_repair']],
      ['we were going to open the NVR ourselves to add a second drive but thought we would ask first, is that allowed?', []],
      ['PTZ on the depot gate fell out of its preset tour and just stares at the fence now', []],
      ['A provisions truck clipped the bollard cam at the embarkation lane, camera is hanging by the cable.', ['abnormal_cause']],
    ],
    mustNotChange: [
      ['we opened the NVR ourselves to add a second drive', ['unauthorized_repair']],
      ['the camera was repaired by your authorised service centre last year and now the IR is out', []],
    ],
  },
  {
    name: 'a camera said to be an outdoor one is no indoor model put outdoors',
    mustChange: [],
    mustNotChange: [
      ["No, none of those. Does rain count? It's an outdoor camera, after all.", []],
      ['we put the indoor dome outdoors over the loading bay', ['improper_use']],
    ],
  },
  {
    name: 'when it was put in for a client is a date, not a use',
    mustChange: [['Put it in for them about April 2025', []]],
    mustNotChange: [['we put the indoor dome in the car wash bay in April 2025', ['improper_use']]],
  },
  {
    name: 'a camera taken down from where it hangs (拆下来, 卸下来) is not taken apart',
    mustChange: [['要我们自己拆下来寄过去吗？我们这没有高空车，得找人', []]],
    mustNotChange: [
      ['我们自己拆下来拆开看了一下', ['unauthorized_repair']],
      ['电工把它拆开了', ['unauthorized_repair']],
    ],
  },
  {
    name: 'the checklist\'s word echoed back as a question, and Cantonese\'s 保養 (the warranty), are no mention',
    mustChange: [
      ['摔？那么高谁去摔它哦，也没进水，在棚子底下淋不到雨，也没人拆过', []],
      ['請問部球機拉近唔到，zoom 極都冇反應，序號係 NPP23C00006650，仲有冇保養？', []],
    ],
    mustNotChange: [
      ['摔了，上周从杆子上掉下来的', ['abnormal_cause']],
      ['这台录像机从来没保养过，现在老死机', ['improper_use']],
    ],
  },
  {
    name: 'a place and a fault word ("码头吊机上那个摄像头又掉线了") are no fall, a forklift the picture cannot show is none, and bought in China is no grey channel',
    mustChange: [
      ['晚上看不清叉车的车牌', []],
      ["we can't see the forklifts at night, the picture is too dark", []],
      ['码头吊机上那个摄像头又掉线了', []],
      ['那个摄像头又掉线了', []],
      ['我们在马来西亚，2025年初在国内买的，画面一卡一卡的', []],
    ],
    mustNotChange: [
      ['淘宝上买的，在国内买的水货', ['unofficial_channel']],
      ['码头上的摄像头被吊机撞下来了', ['abnormal_cause']],
      ['叉车倒车把杆子撞歪了', ['abnormal_cause']],
      ['it was hit by a forklift', ['abnormal_cause']],
      ['车间那个摄像头摔下来了', ['abnormal_cause']],
    ],
  },
  {
    name: 'the fifth development round: a plan, a disaster elsewhere, "哪来的", a fall-detection alarm and a stream knocked back are no mention',
    mustChange: [
      ['我打算自己拆开看看，会不会影响保修', []],
      ['想在闲鱼上买个二手NVR，买了以后能找你们修吗', []],
      ['准备把室内款装到大棚里去，先问下会影响保修吗', []],
      ['洪水淹了隔壁县，我们这没淹，录像机这两天一直报错', []],
      ['台风是从我们南边过去的，我们这连雨都没下，摄像机是自己坏的', []],
      ['哪来的二手，我们是直接跟你们公司签的采购合同', []],
      ['病房的跌落报警一直误报，老人根本没下床', []],
      ["I'm about to flash the firmware from GitHub, would that void it?", []],
      ['Before I let the local electrician open it up, should I just send it to you?', []],
      ["There was an avalanche on the far side of the mountain, nothing to do with our lift. The camera's image is just dark.", []],
      ['The floods were in the next valley, our farm was grand. The recorder stopped recording all the same.', []],
      ["The stream's been knocked back to 720p and I can't change it.", []],
      ["The highlights are burnt out on channel 2, can't read number plates.", []],
      ['the NVR in our outpatient building keeps throwing an over-temperature alarm', []],
      ['录像机一直报高温报警', []],
    ],
    mustNotChange: [
      ['上次准备拆的时候不小心摔了，现在没画面', ['abnormal_cause']],
      ['我们自己拆开看了', ['unauthorized_repair']],
      ['二手的，闲鱼上买的', ['unofficial_channel']],
      ['之前不知道哪来的师傅拆过镜头模组，螺丝都不是原装的', ['unauthorized_repair']],
      ['the camera got knocked down to the ground by a truck', ['abnormal_cause']],
      ['the NVR overheated and shut down', ['abnormal_cause']],
    ],
  },
  {
    name: 'the fifth development round: poor earthing, an indoor camera put outside, an installer off the authorised list, a product had open',
    mustChange: [
      ['The earthing at the pumping station is poor, the electrician measured it, and the cameras reboot every time the pumps kick in.', ['abnormal_cause']],
      ['因我单位配电房接地不良，致使贵司网络摄像机四台网口损坏', ['abnormal_cause']],
      ['Hello boss, customer install the indoor type camera outside at the car porch, now night vision not working. Can claim or not?', ['improper_use']],
      ["The installer we used isn't on your authorised list, I found that out afterwards. Half the cameras have no audio.", ['unauthorized_repair']],
      ['Our facilities contractor, not one of your agents, relocated and re-terminated the cameras.', ['unauthorized_repair']],
      ["yeah I had it open, so what, all I did was look. now tell me why it won't record", ['unauthorized_repair']],
    ],
    mustNotChange: [
      ['the earthing is not poor, we checked', []],
      ['the outdoor camera outside the gate has no video', []],
    ],
  },
  {
    name: 'a warranty\'s end said outright, or its term beside the purchase, decides the expired clause, also when asked',
    mustChange: [
      ['索道站的摄像机质保到2024年底，现在画面一直闪，这个还能免费修吗', ['expired']],
      ['你好，我们是市二院信息科的，2022年6月采购的NVR，质保期三年，想确认一下现在还在保吗', ['expired']],
      ['24年1月买的，保修就一年，现在球机自己乱转', ['expired']],
      ['our warranty runs until March 2025 and the NVR died', ['expired']],
    ],
    mustNotChange: [
      ['质保到2027年，现在坏了', []],
      ['warranty until 2028, camera is dead', []],
      ['the warranty ended in 2025', ['expired']],
    ],
  },
];

describe('Exclusion readings a service engineer would make (issue 11)', () => {
  let recognizer: Recognizer;
  before(function loadOnce() {
    this.timeout(60000);
    recognizer = createRecognizer();
  });

  for (const { name, mustChange, mustNotChange } of ERROR_CLASSES) {
    describe(name, () => {
      for (const [kind, readings] of [['now reads', mustChange], ['still reads', mustNotChange]] as const) {
        for (const [text, clauses] of readings) {
          it(`${kind} "${text}" as ${clauses.length > 0 ? clauses.join(' and ') : 'no clause'}`, () => {
            assert.deepEqual([...recognizer.recognize(text, { today: TODAY }).exclusions].sort(), [...clauses].sort());
          });
        }
      }
    });
  }
});
