//! Courses, assignments, completions and statuses (end to end).
