# Assigning to a global inside a function makes it local: UnboundLocalError
score = 0


def show_score():
    print("score is", score)


def add_points_fixed(points):
    global score
    score = score + points


def add_points(points):
    score = score + points


show_score()
add_points_fixed(10)
show_score()
add_points(5)
show_score()
