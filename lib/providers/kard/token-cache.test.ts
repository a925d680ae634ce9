import { describe, expect, it, vi } from "vitest";
import { type IssuedToken, createTokenCache } from "./token-cache";

function issuer(lifetimeSeconds = 3600) {
  let issued = 0;
  const fetchToken = vi.fn(async (): Promise<IssuedToken> => {
    issued += 1;
    return { accessToken: `token-${issued}`, expiresInSeconds: lifetimeSeconds };
  });
  return fetchToken;
}

describe("token cache", () => {
  it("shares one fetch between concurrent callers", async () => {
    const fetchToken = issuer();
    const cache = createTokenCache({ fetchToken, now: () => 0 });
    const tokens = await Promise.all(Array.from({ length: 5 }, () => cache.get()));
    expect(tokens).toEqual(Array(5).fill("token-1"));
    expect(fetchToken).toHaveBeenCalledTimes(1);
  });

  it("reuses the token until 60 s before expires_in, then fetches a new one", async () => {
    let clock = 1_000;
    const fetchToken = issuer(3600);
    const cache = createTokenCache({ fetchToken, now: () => clock });
    expect(await cache.get()).toBe("token-1");
    clock = 1_000 + 3_540_000 - 1;
    expect(await cache.get()).toBe("token-1");
    clock = 1_000 + 3_540_000;
    expect(await cache.get()).toBe("token-2");
    expect(fetchToken).toHaveBeenCalledTimes(2);
  });

  it("keeps a short-lived token for half its lifetime", async () => {
    let clock = 0;
    const fetchToken = issuer(60);
    const cache = createTokenCache({ fetchToken, now: () => clock });
    await cache.get();
    clock = 29_999;
    expect(await cache.get()).toBe("token-1");
    clock = 30_000;
    expect(await cache.get()).toBe("token-2");
  });

  it("counts the lifetime from when the token was requested", async () => {
    let clock = 0;
    const fetchToken = vi.fn(async (): Promise<IssuedToken> => {
      clock += 10_000; // a slow token endpoint
      return { accessToken: `token-${fetchToken.mock.calls.length}`, expiresInSeconds: 3600 };
    });
    const cache = createTokenCache({ fetchToken, now: () => clock });
    await cache.get();
    clock = 3_540_000;
    expect(await cache.get()).toBe("token-2");
  });

  it("does not cache a failed fetch", async () => {
    const fetchToken = vi
      .fn<() => Promise<IssuedToken>>()
      .mockRejectedValueOnce(new Error("token endpoint down"))
      .mockResolvedValueOnce({ accessToken: "token-ok", expiresInSeconds: 3600 });
    const cache = createTokenCache({ fetchToken, now: () => 0 });
    await expect(cache.get()).rejects.toThrow("token endpoint down");
    expect(await cache.get()).toBe("token-ok");
  });

  it("invalidates only the token that failed, so late 401s do not discard a fresh token", async () => {
    const fetchToken = issuer();
    const cache = createTokenCache({ fetchToken, now: () => 0 });
    const first = await cache.get();
    cache.invalidate(first);
    const second = await cache.get();
    cache.invalidate(first);
    expect(await cache.get()).toBe(second);
    expect(fetchToken).toHaveBeenCalledTimes(2);
  });
});
