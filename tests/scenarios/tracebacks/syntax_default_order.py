def greet(greeting="hello", name):
    return greeting + " " + name
