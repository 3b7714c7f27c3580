# wait_for (3.11): if the inner task swallows the cancellation and returns, that value wins.
import asyncio, time

async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("inner swallows cancel")
        return "inner value"

async def failing():
    await asyncio.sleep(0.1)
    raise KeyError("bad")

async def main():
    r = await asyncio.wait_for(stubborn(), timeout=1)
    print("wait_for returned", r)
    try:
        await asyncio.wait_for(failing(), timeout=1)
    except KeyError:
        print("inner error passes through")
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0)
    except TimeoutError:
        print("timeout 0 times out")

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
