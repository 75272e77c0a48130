"""The types of some built-in objects, for the bundled modules (which
import them from here as CPython's import them from types)."""


def _function():
    pass


class _Probe:
    __slots__ = ('_slot',)

    def _method(self):
        pass


FunctionType = type(_function)
LambdaType = FunctionType
MethodType = type(_Probe()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
MemberDescriptorType = type(_Probe.__dict__['_slot'])
# _Probe stays: a class is always in a reference cycle, and deleting it
# would leave garbage for the script's first gc.collect() to find, where
# CPython, which imports types at start-up, finds none.
del _function


# a class's __dict__ is one (a C type)
MappingProxyType = type(type.__dict__)


class DynamicClassAttribute:
    """An attribute read through instances like a property, and through
    the class by the class's __getattr__ (enum's name and value)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        # the getter's docstring, as property takes it
        self.__doc__ = doc or fget.__doc__
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        elif self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result
