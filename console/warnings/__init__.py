"""Warning-queue commands run without the window (`python -m console.warnings import ...`)."""
