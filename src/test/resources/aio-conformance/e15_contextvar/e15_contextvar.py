# Each task runs in a copy of its creator's context.
import asyncio, contextvars, time

request = contextvars.ContextVar("request", default="none")

async def handler(name):
    print(f"{name} sees {request.get()}")
    request.set(name)
    await asyncio.sleep(0.1)
    print(f"{name} now sees {request.get()}")
    inner = asyncio.create_task(child(name))
    await inner

async def child(parent):
    print(f"child of {parent} sees {request.get()}")

async def main():
    request.set("main-value")
    a = asyncio.create_task(handler("A"))
    request.set("changed-after-A")
    b = asyncio.create_task(handler("B"))
    await asyncio.gather(a, b)
    print(f"main sees {request.get()}")

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
