# What happens to your objects when the program ends? The order of __del__
class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("closing", self.name)


class Logger:
    def __init__(self):
        self.lines = []

    def log(self, text):
        self.lines.append(text)


database = Resource("database")
cache = Resource("cache")
workers = [Resource("worker 1"), Resource("worker 2"), Resource("worker 3")]
by_name = {"alpha": Resource("alpha"), "beta": Resource("beta")}
pair = (Resource("left"), Resource("right"))
_private = Resource("private")
logger = Logger()
logger.extra = Resource("logger's file")
temporary = Resource("temporary")
del temporary
workers.append(Resource("worker 4"))
logger.log("started")
print("the script is done")
