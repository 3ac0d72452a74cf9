# Benchmark: a small recursive ray tracer (spheres and a checkered plane, two point lights,
# shadows, Phong highlights, mirror reflections). Heavy on short-lived Vector objects, operator
# overloading (__add__, __sub__, __mul__), float math and polymorphic method calls.
# Usage: raytrace.py [SIZE]   (default SIZE = 200: a SIZE x SIZE image)
# quick: 12   (the size used by the runner's --quick checksum check)
# Prints a digest of the rendered pixels, then "warmup: <seconds>" and "time: <seconds>".
import math
import sys
import time

EPSILON = 1e-6
MAX_DEPTH = 3


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def unit(self):
        return self * (1.0 / self.length())

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


class Color:
    __slots__ = ("r", "g", "b")

    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, other):
        return Color(self.r + other.r, self.g + other.g, self.b + other.b)

    def __mul__(self, k):
        return Color(self.r * k, self.g * k, self.b * k)

    def tint(self, other):
        return Color(self.r * other.r, self.g * other.g, self.b * other.b)

    def to_bytes(self):
        return tuple(max(0, min(255, int(c * 255.0 + 0.5))) for c in (self.r, self.g, self.b))


BLACK = Color(0.0, 0.0, 0.0)
SKY = Color(0.35, 0.55, 0.85)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse, specular, shininess, reflectivity):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflectivity = reflectivity

    def color_at(self, point):
        return self.color


class Checkered(Material):
    def __init__(self, even, odd, size, diffuse, specular, shininess, reflectivity):
        Material.__init__(self, even, diffuse, specular, shininess, reflectivity)
        self.odd = odd
        self.size = size

    def color_at(self, point):
        cell = int(math.floor(point.x / self.size)) + int(math.floor(point.z / self.size))
        return self.color if cell % 2 == 0 else self.odd


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        """Distance along `ray` to the nearest hit in front of its origin, or None."""
        to_center = ray.origin - self.center
        b = to_center.dot(ray.direction)
        c = to_center.dot(to_center) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).unit()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.unit()
        self.material = material

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self):
        self.objects = [
            Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0),
                  Checkered(Color(0.9, 0.9, 0.9), Color(0.15, 0.15, 0.15), 1.0,
                            0.8, 0.2, 20.0, 0.25)),
            Sphere(Vector(0.0, 1.0, 0.0), 1.0,
                   Material(Color(0.8, 0.2, 0.2), 0.7, 0.6, 50.0, 0.3)),
            Sphere(Vector(-2.2, 0.7, 1.2), 0.7,
                   Material(Color(0.2, 0.7, 0.3), 0.8, 0.3, 20.0, 0.1)),
            Sphere(Vector(1.9, 0.5, 1.6), 0.5,
                   Material(Color(0.9, 0.9, 0.95), 0.2, 0.9, 120.0, 0.7)),
        ]
        self.lights = [
            Light(Vector(-4.0, 6.0, 5.0), Color(0.8, 0.8, 0.75)),
            Light(Vector(5.0, 4.0, 2.0), Color(0.35, 0.35, 0.45)),
        ]
        self.ambient = 0.1

    def nearest(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def in_shadow(self, point, light):
        to_light = light.position - point
        distance = to_light.length()
        ray = Ray(point, to_light * (1.0 / distance))
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return SKY * (0.6 + 0.4 * max(0.0, ray.direction.y))
        point = ray.at(t)
        normal = obj.normal_at(point)
        material = obj.material
        base = material.color_at(point)
        color = base * self.ambient
        nudged = point + normal * 1e-4
        for light in self.lights:
            if self.in_shadow(nudged, light):
                continue
            to_light = (light.position - point).unit()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                color = color + base.tint(light.color) * (lambert * material.diffuse)
                half = (to_light - ray.direction).unit()
                spec = normal.dot(half)
                if spec > 0.0:
                    color = color + light.color * (material.specular * spec ** material.shininess)
        if depth < MAX_DEPTH and material.reflectivity > 0.0:
            reflected = Ray(nudged, ray.direction.reflect(normal))
            color = color + self.trace(reflected, depth + 1) * material.reflectivity
        return color


def render(size):
    scene = Scene()
    eye = Vector(0.0, 1.8, 6.0)
    forward = (Vector(0.0, 0.8, 0.0) - eye).unit()
    right = forward.cross(Vector(0.0, 1.0, 0.0)).unit()
    up = right.cross(forward)
    digest = 0
    total = 0
    for row in range(size):
        v = 0.5 - (row + 0.5) / size
        for col in range(size):
            u = (col + 0.5) / size - 0.5
            direction = (forward + right * u + up * v).unit()
            r, g, b = scene.trace(Ray(eye, direction), 0).to_bytes()
            total += r + g + b
            digest = (digest * 131 + (r << 16 | g << 8 | b)) % 1_000_000_007
    return total, digest


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    t0 = time.perf_counter()
    render(size)  # warm-up
    t1 = time.perf_counter()
    total, digest = render(size)
    t2 = time.perf_counter()
    print("raytrace(%d) total=%d digest=%d" % (size, total, digest))
    print("warmup: %.6f" % (t1 - t0))
    print("time: %.6f" % (t2 - t1))


main()
