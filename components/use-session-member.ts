"use client";
// Who the visitor is, asked once per page load and shared by every component that needs it: pages
// are cached for everyone, so the member only ever arrives after load.
import { useEffect, useState } from "react";
import { MEMBER_SESSION_API_PATH } from "@/lib/http/paths";

export interface SessionMember {
  name: string;
  handle: string;
  isAdmin: boolean;
}

let request: Promise<SessionMember | null> | undefined;

function fetchMember(): Promise<SessionMember | null> {
  request ??= fetch(MEMBER_SESSION_API_PATH, { cache: "no-store" })
    .then((response) => (response.ok ? response.json() : { member: null }))
    .then((body: { member: SessionMember | null }) => body.member)
    // Offline: the visitor is treated as signed out.
    .catch(() => null);
  return request;
}

/** Undefined while asking, then the member or null. */
export function useSessionMember(): SessionMember | null | undefined {
  const [member, setMember] = useState<SessionMember | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    fetchMember().then((found) => live && setMember(found));
    return () => {
      live = false;
    };
  }, []);
  return member;
}
