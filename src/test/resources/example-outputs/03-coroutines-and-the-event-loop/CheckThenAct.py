# The Python original of CheckThenAct.java. CPython 3.11.7 prints CheckThenAct.out, verbatim
# (python3 CheckThenAct.py | diff - CheckThenAct.out): a check-then-act across an await races.
import asyncio

balance = 100

async def confirm_with_bank():
    await asyncio.sleep(0.1)

async def withdraw(who, amount):
    global balance
    if balance >= amount:
        print(f"{who} sees {balance}, enough for {amount}")
        await confirm_with_bank()
        balance -= amount
        print(f"{who} took {amount}, balance now {balance}")
    else:
        print(f"{who} refused: only {balance} left")

async def main():
    alice = asyncio.create_task(withdraw("alice", 80))
    bob = asyncio.create_task(withdraw("bob", 80))
    await alice
    await bob
    print("final balance", balance)

asyncio.run(main())
