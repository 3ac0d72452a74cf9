loads = []
