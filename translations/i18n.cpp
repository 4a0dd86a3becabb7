// The translations library holds only the compiled .qm resources.
