# TaskGroup without failures: the block ends when every task has.
import asyncio, time

async def square(n):
    await asyncio.sleep(n / 10)
    print(f"square {n}")
    return n * n

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(square(n), name=f"sq{n}") for n in (3, 1, 2)]
        print("created", [t.get_name() for t in tasks])
    print("results", [t.result() for t in tasks])

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
