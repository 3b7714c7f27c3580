# wait_for cancels the slow work on timeout, waits for its clean-up, then raises TimeoutError.
import asyncio, time

async def slow():
    try:
        print("slow starts")
        await asyncio.sleep(5)
        print("slow never finishes")
    except asyncio.CancelledError:
        print("slow cleans up")
        await asyncio.sleep(0.5)
        print("slow cleaned up")
        raise

async def quick():
    await asyncio.sleep(0.2)
    return 42

async def main():
    print("quick gives", await asyncio.wait_for(quick(), timeout=1))
    try:
        await asyncio.wait_for(slow(), timeout=1)
    except TimeoutError as e:
        print(f"main got {type(e).__name__} at {time.perf_counter() - T0:.1f}")

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
