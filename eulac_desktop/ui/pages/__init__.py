"""One page per stage of the day, shown in the main window's side bar."""
