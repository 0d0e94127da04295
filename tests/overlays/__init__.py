"""Tests of the hand-written `clientary` package."""
