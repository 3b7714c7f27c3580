# Done callbacks run on the loop after the task ends, in the order they were added.
import asyncio, time

async def work(v):
    await asyncio.sleep(0.5)
    print("work returns", v)
    return v

async def main():
    t = asyncio.create_task(work(7))
    t.add_done_callback(lambda f: print("callback 1 sees", f.result()))
    t.add_done_callback(lambda f: print("callback 2 sees", f.result()))
    r = await t
    print("main got", r)
    t.add_done_callback(lambda f: print("late callback"))
    print("main continues")
    await asyncio.sleep(0)
    print("main after sleep(0)")

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
