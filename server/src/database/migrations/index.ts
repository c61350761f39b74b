import { Foundation1763798400000 } from './1763798400000-foundation.js';
import { ProcessEngine1764000000000 } from './1764000000000-process-engine.js';
import { FormsAndRecords1764100000000 } from './1764100000000-forms-and-records.js';
import { AppsAndReviews1764260000000 } from './1764260000000-apps-and-reviews.js';
import { RecordIndexes1764950000000 } from './1764950000000-record-indexes.js';
import { RealtimeEvents1764960000000 } from './1764960000000-realtime-events.js';
import { Files1764970000000 } from './1764970000000-files.js';
import { PublicFormLinks1764980000000 } from './1764980000000-public-form-links.js';
import { Secrets1764990000000 } from './1764990000000-secrets.js';
import { OutboundAllowLists1765000000000 } from './1765000000000-outbound-allow-lists.js';
import { SearchLeakproof1765010000000 } from './1765010000000-search-leakproof.js';
import { TimersAndMessages1765020000000 } from './1765020000000-timers-and-messages.js';
import { Plugins1765031000000 } from './1765031000000-plugins.js';
import { SignalsAndWebhooks1765042000000 } from './1765042000000-signals-and-webhooks.js';
import { NotificationOutbox1765071000000 } from './1765071000000-notification-outbox.js';
import { CallActivities1765080000000 } from './1765080000000-call-activities.js';
import { BusinessCalendarsAndSla1765093000000 } from './1765093000000-business-calendars-and-sla.js';
import { BatchOperations1765097300000 } from './1765097300000-batch-operations.js';
import { TimerCronCycles1765098000000 } from './1765098000000-timer-cron-cycles.js';
import { ApprovalSigners1765104000000 } from './1765104000000-approval-signers.js';
import { TaskCommentAttachments1765110000000 } from './1765110000000-task-comment-attachments.js';
import { NotifyAfterCommit1765120000000 } from './1765120000000-notify-after-commit.js';

/** Every migration, in order. Add new ones at the end. */
export const MIGRATIONS = [Foundation1763798400000, ProcessEngine1764000000000, FormsAndRecords1764100000000, AppsAndReviews1764260000000, RecordIndexes1764950000000, RealtimeEvents1764960000000, Files1764970000000, PublicFormLinks1764980000000, Secrets1764990000000, OutboundAllowLists1765000000000, SearchLeakproof1765010000000, TimersAndMessages1765020000000, Plugins1765031000000, SignalsAndWebhooks1765042000000, NotificationOutbox1765071000000, CallActivities1765080000000, BusinessCalendarsAndSla1765093000000, BatchOperations1765097300000, TimerCronCycles1765098000000, ApprovalSigners1765104000000, TaskCommentAttachments1765110000000, NotifyAfterCommit1765120000000];
