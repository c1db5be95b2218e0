"""The guide's own words that no registry holds: what each team does and which roles sit in it.

Keyed by the team codes of tec.accounts.teams.TEAMS and the descriptor keys of
tec.schemas.registry; tests check that every team and every descriptor is covered.
"""

# team code -> (what the team does, typical roles in it)
TEAM_WORK = {
    "development": (
        "Turns data into a model: collects and prepares the data, trains, evaluates and tests the model.",
        ("Data scientist (also: ML scientist, ML engineer, model developer)", "Data engineer",
         "Data owner or provider", "Model evaluator / tester"),
    ),
    "integration": (
        "Builds the model into the larger system: the components around it, the interfaces, the build "
        "and test environment, and why the system exists in the first place.",
        ("Software engineer", "System integrator", "System architect", "Product owner / system owner"),
    ),
    "operation": (
        "Runs the system in production: the machines, deployment, monitoring, logs and the data the "
        "model meets once it is live.",
        ("Operations engineer (IT operations, SRE)", "Platform / infrastructure engineer",
         "System owner for production data"),
    ),
}

# descriptor key -> roles that usually write it, the most usual first
TYPICAL_WRITERS = {
    "system_context": ("Product owner", "System owner", "System architect"),
    "raw_data": ("Data owner or provider", "Data engineer"),
    "data_pipeline": ("Data engineer", "Data scientist"),
    "training_data": ("Data scientist", "Data engineer"),
    "trained_model": ("Data scientist",),
    "development_environment": ("Software engineer", "System integrator"),
    "production_environment": ("Operations engineer",),
    "production_data": ("System owner", "System architect", "Operations engineer"),
}
