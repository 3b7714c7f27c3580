# sleep(0) hands the loop to every other ready task once.
import asyncio, time

async def ticker(name, n):
    for i in range(n):
        print(f"{name}{i}")
        await asyncio.sleep(0)
    print(f"{name} done")

async def main():
    t = [asyncio.create_task(ticker(n, k)) for n, k in (("a", 3), ("b", 2), ("c", 4))]
    print("main yields")
    await asyncio.sleep(0)
    print("main back")
    await asyncio.gather(*t)

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
