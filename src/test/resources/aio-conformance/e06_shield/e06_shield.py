# shield: cancelling the awaiting task does not cancel the shielded work.
import asyncio, time

async def save():
    print("save starts")
    await asyncio.sleep(2)
    print("save done")
    return "saved"

async def handler(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("handler cancelled")
        raise

async def main():
    inner = asyncio.create_task(save())
    h = asyncio.create_task(handler(inner))
    await asyncio.sleep(1)
    h.cancel()
    try:
        await h
    except asyncio.CancelledError:
        print("main: handler is cancelled", h.cancelled())
    print("inner still running", not inner.done())
    print("inner result", await inner)

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
