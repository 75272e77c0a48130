def make_list():
    return [1, 2, 3]

del make_list()
