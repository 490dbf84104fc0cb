"""Bundles (ARCHITECTURE.md §5): signed zips that carry an event between laptops and to the coordinator.

`export_bundle` writes one; `read_bundle` verifies everything before anything is written; `plan_import`
says what an import would change and `apply_import` does it in one transaction, merging by the record
contract (ARCHITECTURE.md §3): idempotent, commutative, associative. `set_up_laptop` makes a laptop's event file from a
setup bundle (the command line and the window share it). `authority` says who may change what through a bundle;
`shapes` checks every row a bundle carries.
"""

from .archive import BUNDLE_FORMAT, Bundle, BundleRefused, export_bundle, read_bundle, read_bundle_again, read_manifest
from .merge import (
                    ClockAhead,
                    ImportPlan,
                    KeyChanged,
                    apply_import,
                    check_destination,
                    doubly_checked_in,
                    dump_lines,
                    first_setup_of_event,
                    import_bundle,
                    plan_import,
                    take_named_devices,
)
from .setup import NotASetupBundle, read_setup_bundle, set_up_laptop, setup_summary
from .trust import TrustedDevice, trust_device, trusted_devices

__all__ = ["BUNDLE_FORMAT", "Bundle", "BundleRefused", "ClockAhead", "ImportPlan", "KeyChanged", "NotASetupBundle",
           "TrustedDevice", "apply_import", "check_destination", "doubly_checked_in", "dump_lines", "export_bundle",
           "first_setup_of_event", "import_bundle", "plan_import", "read_bundle", "read_bundle_again", "read_manifest",
           "read_setup_bundle",
           "set_up_laptop", "setup_summary", "take_named_devices", "trust_device", "trusted_devices"]
