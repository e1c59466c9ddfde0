export type CreatedMeeting = {
  id: string;
  title: string;
  facilitatorKey: string;
  facilitatorUrl: string;
  groups: { name: string; boardId: string; joinCode: string; joinUrl: string }[];
};

/** POST /api/meetings as a program would; the answer's status and JSON body. */
export async function postMeeting(
  serverUrl: string,
  body: unknown,
): Promise<{ status: number; json: CreatedMeeting }> {
  const response = await fetch(`${serverUrl}/api/meetings`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as CreatedMeeting };
}
