# Blocking work on a worker thread does not stall the loop.
import asyncio, time

def blocking(name, seconds):
    time.sleep(seconds)
    return f"{name} slept {seconds}"

async def heartbeat():
    for i in range(3):
        await asyncio.sleep(0.4)
        print(f"beat {i}")

async def main():
    hb = asyncio.create_task(heartbeat())
    r = await asyncio.to_thread(blocking, "worker", 1)
    print(r, f"at {time.perf_counter() - T0:.1f}")
    loop = asyncio.get_running_loop()
    r2 = await loop.run_in_executor(None, blocking, "executor", 0.5)
    print(r2, f"at {time.perf_counter() - T0:.1f}")
    await hb

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
