// What /api/messages accepts: a Bot Framework activity with the fields botbuilder and the turn pipeline rely on.
import type { ActivityTimestamps } from 'botbuilder';
import { z } from 'zod';
import { UPLOADS_CHANNEL_DATA_KEY } from '../directline/incomingActivity';

const account = z
  .object({
    id: z.string().min(1),
    name: z.string().nullish(),
    role: z.string().nullish(),
  })
  .passthrough();

const timestamp = z.string().datetime({ offset: true });

// Loose beyond these fields on purpose: channels add their own (entities, value, a card's data) and botbuilder relays them.
export const incomingActivitySchema = z
  .object({
    type: z.string().min(1),
    id: z.string().optional(),
    channelId: z.string().min(1),
    serviceUrl: z.string().url(),
    conversation: z.object({ id: z.string().min(1) }).passthrough(),
    from: account,
    recipient: account,
    text: z.string().nullish(),
    locale: z.string().nullish(),
    timestamp: timestamp.optional(),
    localTimestamp: timestamp.optional(),
    membersAdded: z.array(account).optional(),
    membersRemoved: z.array(account).optional(),
    attachments: z.array(z.object({ contentType: z.string() }).passthrough()).optional(),
    channelData: z.record(z.unknown()).nullish(),
  })
  .passthrough();

export type IncomingActivity = z.infer<typeof incomingActivitySchema>;

/** A one-line account of why a body is not an activity, naming the fields. */
export function describeInvalidActivity(error: z.ZodError): string {
  const problems = error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message));
  return `not a Bot Framework activity — ${problems.join('; ')}`;
}

/** The activity botbuilder gets: dates as dates, and no server-owned channel data a client made up. */
export function toActivity(incoming: IncomingActivity): ActivityTimestamps {
  const { timestamp: sentAt, localTimestamp, channelData, ...rest } = incoming;
  // Only the Direct Line upload route lists uploads; this channel stores none, so a listed upload is a claim, not a file.
  const { [UPLOADS_CHANNEL_DATA_KEY]: _claimedUploads, ...keptChannelData } = channelData ?? {};
  // botbuilder's Activity type declares fields no channel sends as required; the schema checked the ones the turn reads.
  return {
    ...rest,
    ...(sentAt === undefined ? {} : { timestamp: new Date(sentAt), rawTimestamp: sentAt }),
    ...(localTimestamp === undefined ? {} : { localTimestamp: new Date(localTimestamp), rawLocalTimestamp: localTimestamp }),
    ...(channelData ? { channelData: keptChannelData } : {}),
  } as unknown as ActivityTimestamps;
}
