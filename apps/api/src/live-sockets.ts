import type { WebSocket } from 'ws';

/** graphql-ws close code for a socket whose session ended or whose token expired. */
export const SESSION_ENDED_CODE = 4401;

interface Live {
  socket: WebSocket;
  issuedAtMs: number;
  expiry: NodeJS.Timeout;
}

/** The open graphql-ws sockets per user, to close them when the user's sessions end. */
export class LiveSockets {
  private readonly byUser = new Map<string, Set<Live>>();

  add(socket: WebSocket, userId: string, issuedAtMs: number, expiresAtMs: number): void {
    let set = this.byUser.get(userId);
    if (!set) this.byUser.set(userId, (set = new Set()));
    const mine = set;
    const live: Live = {
      socket,
      issuedAtMs,
      // setTimeout holds up to ~24.8 days; tokens live 12 hours.
      expiry: setTimeout(
        () => socket.close(SESSION_ENDED_CODE, 'Token expired'),
        Math.max(expiresAtMs - Date.now(), 0),
      ).unref(),
    };
    mine.add(live);
    socket.once('close', () => {
      clearTimeout(live.expiry);
      mine.delete(live);
      if (mine.size === 0 && this.byUser.get(userId) === mine) this.byUser.delete(userId);
    });
  }

  /** Closes the user's sockets opened with a token issued at or before validAfter (null: all). */
  end(userId: string, validAfter: number | null): void {
    for (const live of this.byUser.get(userId) ?? []) {
      if (validAfter === null || live.issuedAtMs <= validAfter) {
        live.socket.close(SESSION_ENDED_CODE, 'Signed out');
      }
    }
  }

  clear(): void {
    for (const set of this.byUser.values()) for (const live of set) clearTimeout(live.expiry);
    this.byUser.clear();
  }
}
