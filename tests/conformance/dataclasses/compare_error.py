from dataclasses import dataclass


@dataclass(order=True)
class Score:
    points: object
    name: str


scores = [Score(10, "ann"), Score(7, "bob")]
print(sorted(scores))
scores.append(Score(None, "cy"))
print(sorted(scores))
