# asyncio.wait: FIRST_COMPLETED, FIRST_EXCEPTION and a timeout.
import asyncio, time

class BoomError(Exception):
    pass

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise BoomError(name)
    return name

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    ts = [asyncio.create_task(job(n, d), name=n) for n, d in (("slow", 2), ("fast", 0.5), ("mid", 1))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(f"first completed at {time.perf_counter() - T0:.1f}: done={names(done)} pending={names(pending)}")
    done, pending = await asyncio.wait(ts, timeout=0.2)
    print(f"after timeout at {time.perf_counter() - T0:.1f}: done={names(done)} pending={names(pending)}")
    bad = asyncio.create_task(job("bad", 0.3, fail=True), name="bad")
    done, pending = await asyncio.wait(ts + [bad], return_when=asyncio.FIRST_EXCEPTION)
    print(f"first exception at {time.perf_counter() - T0:.1f}: done={names(done)} pending={names(pending)}")
    done, pending = await asyncio.wait(ts)
    print(f"all at {time.perf_counter() - T0:.1f}: done={names(done)} pending={names(pending)}")

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
