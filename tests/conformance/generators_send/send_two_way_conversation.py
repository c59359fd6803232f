def interviewer():
    name = yield "What is your name?"
    color = yield f"Hello {name}! Favourite colour?"
    yield f"{name} likes {color}."

chat = interviewer()
question = next(chat)
answers = iter(["Ada", "green"])
while True:
    print("Q:", question)
    try:
        question = chat.send(next(answers))
    except StopIteration:
        break
    if question.endswith("."):
        print("Final:", question)
        break
