def greet(name):
        message = "hi " + name
    return message
