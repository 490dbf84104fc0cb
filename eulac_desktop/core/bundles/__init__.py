"""Bundles (DESIGN §5): signed zips that carry an event between laptops and to the coordinator.

`export_bundle` writes one; `read_bundle` verifies everything before anything is written; `plan_import`
says what an import would change and `apply_import` does it in one transaction, merging by the record
contract (DESIGN §3): idempotent, commutative, associative.
"""

from .archive import BUNDLE_FORMAT, Bundle, BundleRefused, export_bundle, read_bundle
from .merge import ImportPlan, apply_import, dump_lines, import_bundle, plan_import
from .trust import TrustedDevice, trust_device, trusted_devices

__all__ = ["BUNDLE_FORMAT", "Bundle", "BundleRefused", "ImportPlan", "TrustedDevice", "apply_import", "dump_lines",
           "export_bundle", "import_bundle", "plan_import", "read_bundle", "trust_device", "trusted_devices"]
