# asyncio.run cancels the tasks still running when main returns (one here: with several,
# CPython cancels them in the order of a set).
import asyncio, time

async def background(name):
    try:
        while True:
            await asyncio.sleep(0.4)
            print(f"{name} tick")
    except asyncio.CancelledError:
        print(f"{name} cleanup")
        raise

async def main():
    asyncio.create_task(background("bg"))
    done = asyncio.create_task(asyncio.sleep(0.5))
    await asyncio.sleep(1)
    print("main returns")

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
