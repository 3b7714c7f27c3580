# call_soon callbacks run in order on the next iteration; call_later by due time.
import asyncio, time

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.2, print, "later 0.2")
    loop.call_later(0.1, print, "later 0.1 (a)")
    loop.call_soon(print, "soon 1")
    loop.call_later(0.1, print, "later 0.1 (b)")
    h = loop.call_later(0.15, print, "cancelled timer")
    loop.call_soon(print, "soon 2")
    h.cancel()
    def chain():
        print("chain runs")
        loop.call_soon(print, "chained soon")
    loop.call_soon(chain)
    print("main before sleep(0)")
    await asyncio.sleep(0)
    print("main after sleep(0)")
    await asyncio.sleep(0)
    print("main after second sleep(0)")
    await asyncio.sleep(0.3)
    print(f"loop time advanced {loop.time() - START:.1f}")

T0 = time.perf_counter()
START = 0
async def runner():
    global START
    START = asyncio.get_running_loop().time()
    await main()
asyncio.run(runner())
print(f"elapsed {time.perf_counter() - T0:.1f}")
