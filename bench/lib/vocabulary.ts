/** Words of computing and physics documents; the scale seed builds titles and bodies from them. */
export const VOCABULARY: readonly string[] = `
data analysis computing cluster grid cloud storage archive tape disk network bandwidth latency
throughput workflow pipeline scheduler batch queue job container kubernetes docker singularity
apptainer virtual machine hypervisor node core processor accelerator gpu fpga memory cache
filesystem lustre ceph object bucket replication federation identity authentication authorization
token certificate proxy credential access policy portal gateway service provider infrastructure
facility detector telescope beamline synchrotron neutron laser spectrometer sensor calibration
simulation model monte carlo lattice quantum chromodynamics particle physics collision event
trigger reconstruction tracking vertex jet muon electron photon neutrino hadron boson quark gluon
cosmology galaxy cluster survey radio astronomy interferometer correlator pulsar supernova
gravitational wave black hole dark matter energy spectrum redshift catalogue sky map image
pixel resolution noise signal fourier transform filter wavelet convolution deconvolution
machine learning neural network training inference dataset benchmark metric accuracy gradient
optimizer tensor matrix vector eigenvalue solver sparse dense linear algebra parallel mpi openmp
thread process kernel compiler fortran python julia rust library package module dependency
version release repository continuous integration testing deployment reproducibility provenance
metadata ontology vocabulary schema catalog index search query database relational graph
persistent identifier doi orcid licence open science fair principle findable accessible
interoperable reusable curation preservation lifecycle management plan policy governance
community practice working group meeting minutes agenda report slides paper proceedings
workshop conference training course tutorial career skill researcher engineer scientist
developer operator administrator user support helpdesk ticket documentation manual guide
requirement use case scenario architecture design prototype pilot evaluation assessment
performance scalability efficiency energy consumption carbon footprint cooling power
exascale petascale supercomputer hpc htc allocation quota accounting usage monitoring alerting
logging tracing dashboard visualization notebook jupyter interactive analysis facility
transfer protocol xrootd webdav http gridftp rucio fts dcache eos cvmfs software distribution
environment operating system linux kernel security vulnerability patch incident response
firewall encryption integrity checksum backup recovery disaster resilience availability
redundancy failover load balancer microservice api interface client server endpoint request
response stream event message broker kafka queue topic partition consumer producer record
experiment collaboration instrument observatory mission satellite spacecraft payload telemetry
climate weather ocean atmosphere earth observation remote sensing hydrology seismology genome
sequencing protein bioinformatics imaging microscopy tomography medical clinical cohort
statistics probability distribution likelihood bayesian inference uncertainty error estimate
fit parameter histogram correlation regression classification clustering anomaly detection
compression encoding format hdf5 netcdf root parquet arrow zarr fits json csv binary
`
  .split(/\s+/)
  .filter((w, i, all) => w.length > 0 && all.indexOf(w) === i);

/** The vocabulary as a SQL array literal (the words are plain lower-case ASCII). */
export function vocabularySql(): string {
  return `ARRAY[${VOCABULARY.map((w) => `'${w}'`).join(',')}]::text[]`;
}
