"""Tests that hold the OpenAPI spec to the documented API and to the generated client."""
