# A task cancelled before it ever ran never runs its body.
import asyncio, time

async def worker():
    print("worker body runs")
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(worker())
    print("cancel returned", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("main saw CancelledError")
    print("cancelled", t.cancelled(), "done", t.done())

t0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - t0:.1f}")
