# When main raises, asyncio.run still cancels the leftover tasks, then re-raises.
import asyncio, time

class BoomError(Exception):
    pass

async def bg():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("bg cancelled during shutdown")
        raise

async def main():
    asyncio.create_task(bg())
    await asyncio.sleep(0.5)
    print("main raises")
    raise BoomError("main failed")

T0 = time.perf_counter()
try:
    asyncio.run(main())
except BoomError as e:
    print("asyncio.run raised:", e)
print(f"elapsed {time.perf_counter() - T0:.1f}")
