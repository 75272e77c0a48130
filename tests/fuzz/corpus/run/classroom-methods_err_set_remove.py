# set.remove raises KeyError when the element is missing
present = {"mon", "tue"}
present.discard("wed")
print(sorted(present))
present.remove("wed")
