// What the assistant says back when a customer's message carries uploaded files.
import assert from 'node:assert/strict';
import { startConversation } from '../dialogs/conversationHarness';

const HOSTILE_NAME = '<img src=x onerror=alert(1)> [open me](https://evil.example) **now**.png';

describe('Customer message preparation', function () {
  this.timeout(20000);

  it('repeats an uploaded file name as text, its markup escaped, never as markup', async () => {
    const conversation = startConversation();
    const reply = await conversation.say({
      type: 'message',
      text: '',
      channelData: {
        uploads: [
          { id: 'upload-1', conversationId: conversation.conversationId, name: HOSTILE_NAME, contentType: 'image/png', size: 68, at: '2026-11-25T08:00:00Z' },
        ],
      },
    });
    assert.ok(reply.includes(String.raw`\<img src=x onerror=alert\(1\)\> \[open me\]\(https://evil.example\) \*\*now\*\*.png`), reply);
    assert.doesNotMatch(reply, /(^|[^\\])[<[*]/);
  });
});
