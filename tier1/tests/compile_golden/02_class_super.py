class C(Base, metaclass=Meta):
    """Doc."""
    x: int = 1
    def m(self):
        return super().m() + self.__p
