"""Package list for setuptools (everything else is in pyproject.toml).

pyproject.toml alone cannot name packages that have no folder under console/: resources/ (reference data,
starter scripts, compiled translations) stays where it is in the repository and is mapped into the
package at build time as console._data (the package-dir entry in pyproject.toml), so the list is every
console.* package found on disk plus resources/ and its folders under console._data. The translation
source (resources/translations/console_zh_CN.ts) stays out of the wheel; its compiled .qm goes in.
"""

from setuptools import find_namespace_packages, find_packages, setup

DATA = "console._data"
data_packages = [DATA] + [f"{DATA}.{name}" for name in find_namespace_packages(where="resources")]

setup(
    packages=[*find_packages(include=["console", "console.*"]), *data_packages],
    package_data={name: ["*"] for name in data_packages},
    exclude_package_data={"": ["*.ts"]},     # translators' sources, wherever they are
)
