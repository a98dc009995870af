"""Package list for setuptools (everything else is in pyproject.toml).

pyproject.toml alone cannot name packages that have no folder under console/: resources/ (reference data,
starter scripts, compiled translations) stays where it is in the repository and is mapped into the
package at build time as console._data (the package-dir entry in pyproject.toml), so the list is every
console.* package found on disk plus resources/ and its folders under console._data. The translation
sources (.ts) stay out of the wheel; their compiled .qm go in.
"""

from setuptools import find_namespace_packages, find_packages, setup

DATA = "console._data"
data_packages = [DATA] + [f"{DATA}.{name}" for name in find_namespace_packages(
    where="resources", exclude=["translations.zh_CN", "translations.zh_CN.*"])]

setup(
    packages=[*find_packages(include=["console", "console.*"]), *data_packages],
    package_data={name: ["*"] for name in data_packages},
)
