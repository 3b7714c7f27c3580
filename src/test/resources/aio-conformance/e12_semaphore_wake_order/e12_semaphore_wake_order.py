# Semaphore waiters are woken in the order they started to wait.
import asyncio, time

async def job(i, sem):
    print(f"job {i} wants the semaphore")
    async with sem:
        print(f"job {i} runs at {time.perf_counter() - T0:.1f}")
        await asyncio.sleep(0.5 if i % 2 else 0.3)
    print(f"job {i} released")

async def main():
    sem = asyncio.Semaphore(1)
    tasks = [asyncio.create_task(job(i, sem)) for i in range(4)]
    await asyncio.sleep(0)
    print("locked:", sem.locked())
    await asyncio.gather(*tasks)

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
