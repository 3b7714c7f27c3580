# A plain future, completed by a timer callback and awaited by two tasks.
import asyncio, time

async def reader(name, fut):
    v = await fut
    print(f"{name} read {v}")

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    readers = [asyncio.create_task(reader(n, fut)) for n in ("r1", "r2")]
    loop.call_later(1, fut.set_result, "hello")
    print("done before:", fut.done())
    await asyncio.gather(*readers)
    print("done after:", fut.done(), fut.result())
    bad = loop.create_future()
    bad.set_exception(KeyError("k"))
    try:
        await bad
    except KeyError:
        print("bad future raised KeyError")
    c = loop.create_future()
    c.cancel()
    print("cancelled future:", c.cancelled(), c.done())

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
