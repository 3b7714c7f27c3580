# A task may catch CancelledError and carry on; then it is not cancelled.
import asyncio, time

async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("stubborn ignores the cancel")
    await asyncio.sleep(0.5)
    print("stubborn finishes")
    return "finished anyway"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(1)
    t.cancel()
    r = await t
    print("result", r, "cancelled", t.cancelled(), "cancelling", t.cancelling())

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
