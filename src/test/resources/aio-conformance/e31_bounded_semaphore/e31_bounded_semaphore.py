# BoundedSemaphore refuses a release past its initial value.
import asyncio, time

async def main():
    sem = asyncio.BoundedSemaphore(2)
    await sem.acquire()
    print("locked after one acquire:", sem.locked())
    await sem.acquire()
    print("locked after two:", sem.locked())
    sem.release()
    sem.release()
    try:
        sem.release()
    except ValueError:
        print("third release: ValueError")

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
