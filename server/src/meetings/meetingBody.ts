import {
  DEFAULT_LANES,
  isValidBoardId,
  MAX_SUBTITLE,
  MAX_TITLE,
  MAX_VOTE_BUDGET,
  sessionTimes,
  textLength,
} from "@roundtable/shared";
import { z } from "zod";
import { languageField } from "../http/language";

// One schema per REST body. Every message names the field, so a program sending a bad body
// learns what to fix from the answer alone.

/** Most groups in one meeting: a district day has a handful, a conference a few dozen. */
export const MAX_GROUPS = 50;
const MAX_AGENDA = 100;
const MAX_GROUP_NAME = 60;

const LANE_IDS = DEFAULT_LANES.map((lane) => lane.id) as [string, ...string[]];

const fits = (max: number) => (text: string) => textLength(text) <= max;

const laneChange = z
  .object({
    id: z.enum(LANE_IDS, { error: `a lane id is one of ${LANE_IDS.join(", ")}` }),
    title: z
      .string()
      .trim()
      .min(1, "a lane title is empty")
      .refine(fits(MAX_TITLE), `a lane title is longer than ${MAX_TITLE} characters`)
      .optional(),
    subtitle: z
      .string()
      .trim()
      .refine(fits(MAX_SUBTITLE), `a lane subtitle is longer than ${MAX_SUBTITLE} characters`)
      .optional(),
  })
  .strict()
  .refine((lane) => lane.title !== undefined || lane.subtitle !== undefined, {
    message: "a lane change gives a title or a subtitle",
  });

export const templateChange = z
  .object({
    lanes: z
      .array(laneChange)
      .max(LANE_IDS.length)
      .refine((lanes) => new Set(lanes.map((l) => l.id)).size === lanes.length, {
        message: "a lane appears twice in lanes",
      })
      .optional(),
    votes: z
      .object({
        budget: z
          .number({ error: "votes.budget is a number" })
          .int("votes.budget is a whole number")
          .min(1, "votes.budget is at least 1")
          .max(MAX_VOTE_BUDGET, `votes.budget is at most ${MAX_VOTE_BUDGET}`)
          .optional(),
        perLane: z.boolean({ error: "votes.perLane is true or false" }).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type TemplateChange = z.infer<typeof templateChange>;

// Times as the API stores them ("13:30", "2017-03-22T13:30") or as an itinerary writes them
// ("1:50", "8:30am"): both are stored in the first form (shared/src/agenda/sessionTimes.ts).
const time = (what: "start" | "end") =>
  z
    .string({ error: `agenda ${what} is a time like 13:30, 1:30pm or 2017-03-22T13:30` })
    .max(40, `agenda ${what} is a time like 13:30, 1:30pm or 2017-03-22T13:30`);

const session = z
  .object({
    group: z.string({ error: "agenda group is required" }).trim().min(1, "agenda group is empty"),
    title: z
      .string()
      .trim()
      .refine(fits(MAX_TITLE), `an agenda title is longer than ${MAX_TITLE} characters`)
      .optional(),
    start: time("start"),
    end: time("end"),
  })
  .strict()
  .transform((s, ctx) => {
    const times = sessionTimes(s.start, s.end);
    if ("problem" in times) {
      ctx.addIssue({ code: "custom", message: `agenda session of ${s.group}: ${times.problem}` });
      return z.NEVER;
    }
    return { ...s, ...times };
  });

export const createMeetingBody = z
  .object({
    title: z
      .string()
      .trim()
      .refine(fits(MAX_TITLE), `title is longer than ${MAX_TITLE} characters`)
      .optional(),
    groups: z
      .array(
        z
          .string({ error: "a group name is text" })
          .trim()
          .min(1, "a group name is empty")
          .refine(fits(MAX_GROUP_NAME), `a group name is longer than ${MAX_GROUP_NAME} characters`),
        { error: "groups is a list of group names" },
      )
      .min(1, "a meeting has at least one group")
      .max(MAX_GROUPS, `a meeting has at most ${MAX_GROUPS} groups`)
      .refine((names) => new Set(names.map(foldName)).size === names.length, {
        message: "two groups have the same name",
      }),
    agenda: z.array(session).max(MAX_AGENDA).optional(),
    template: templateChange.optional(),
    /** The language of the lanes the template leaves as they are, and of an untitled meeting. */
    language: languageField,
    /**
     * The meeting this one continues: each group continues the earlier group of its name (any
     * case), and the template starts from the earlier meeting's.
     */
    continues: z
      .string({ error: "continues is a meeting id" })
      .trim()
      .refine(isValidBoardId, "continues is a meeting id")
      .optional(),
    /** With `continues`: each continued group's notes come over too, into the inbox. */
    carryNotes: z.boolean({ error: "carryNotes is true or false" }).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.carryNotes === true && body.continues === undefined) {
      ctx.addIssue({
        code: "custom",
        message: "carryNotes needs continues: the meeting whose notes come over",
      });
    }
    const names = new Set(body.groups.map(foldName));
    for (const s of body.agenda ?? []) {
      if (!names.has(foldName(s.group))) {
        ctx.addIssue({ code: "custom", message: `the agenda names no group "${s.group}"` });
      }
    }
  });

export type CreateMeetingBody = z.infer<typeof createMeetingBody>;

/** Group names compare without case or surrounding space: "Cabinet" and "cabinet " are one. */
export function foldName(name: string): string {
  return name.trim().toLowerCase();
}

/** The first message of each issue, joined: what the API answers for a bad body. */
export function issuesText(error: z.ZodError): string {
  return error.issues.map((issue) => issue.message).join("; ");
}
