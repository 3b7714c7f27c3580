# A cancel message travels with the CancelledError.
import asyncio, time

async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(f"sleeper got: {e.args[0] if e.args else None}")
        raise

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0.5)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError:
        print("main: sleeper cancelled", t.cancelled())
    print("cancel again:", t.cancel())

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
