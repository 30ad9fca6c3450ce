import type { GlossaryEntry } from './types';

/** kubernetes.io, Korean edition: where an entry's official page lives. */
const K8S_KO = 'https://kubernetes.io/ko/docs';
/** kubernetes.io, English edition, for pages without a Korean translation. */
const K8S_EN = 'https://kubernetes.io/docs';
/** Docker's documentation (English only). */
const DOCKER = 'https://docs.docker.com';

/** The English reference page of a kubectl subcommand (generated, not translated). */
const kubectlRef = (command: string) => `${K8S_EN}/reference/kubectl/generated/kubectl_${command}/`;

/**
 * The glossary (용어집): every term of the notes, one entry each. The search uses every spelling
 * of an entry of kind `term` as one group (`src/lib/search/glossary.ts`), the chapters link the
 * first mention of each term to its entry, and the glossary page lists them in 가나다 order. The
 * entries the search had before the glossary page came first and keep their spellings; add new
 * ones anywhere (the page sorts them), then check `npm run bench:search`.
 */
export const GLOSSARY_ENTRIES: readonly GlossaryEntry[] = [
  {
    id: 'pod',
    term: '포드',
    ko: ['파드'],
    en: 'Pod',
    enAlt: ['pods'],
    definition:
      '쿠버네티스가 배포하고 관리하는 가장 작은 단위로, IP 주소와 저장 공간을 함께 쓰는 ' +
      '컨테이너 하나 이상의 묶음입니다.',
    docs: `${K8S_KO}/concepts/workloads/pods/`,
  },
  {
    id: 'replicaset',
    term: '레플리카셋',
    ko: ['레플리카 셋'],
    en: 'ReplicaSet',
    enAlt: ['Replica Set'],
    short: ['rs'],
    definition:
      '레이블 셀렉터에 맞는 포드가 정해진 개수만큼 늘 실행되도록, 모자라면 만들고 남으면 ' +
      '지우는 오브젝트입니다.',
    docs: `${K8S_KO}/concepts/workloads/controllers/replicaset/`,
  },
  {
    id: 'replicationcontroller',
    term: '레플리케이션컨트롤러',
    // 레플리카컨트롤러: the notes' own spelling (pods chapter); without it `레플리카` was linked inside it.
    ko: ['레플리케이션 컨트롤러', '레플리카컨트롤러'],
    en: 'ReplicationController',
    enAlt: ['replication controller'],
    short: ['rc'],
    definition:
      '레플리카셋보다 먼저 나온, 포드 개수를 유지하는 오브젝트로, 지금은 디플로이먼트와 ' +
      '레플리카셋을 쓰도록 권장됩니다.',
    docs: `${K8S_KO}/concepts/workloads/controllers/replicationcontroller/`,
  },
  {
    id: 'deployment',
    term: '디플로이먼트',
    ko: ['디플로이'],
    en: 'Deployment',
    enAlt: ['deploy'],
    definition:
      '레플리카셋을 만들어 포드를 배포하고, 포드 템플릿이 바뀌면 롤링 업데이트로 새 버전을 ' +
      '내보내거나 이전 리비전으로 롤백하는 오브젝트입니다.',
    docs: `${K8S_KO}/concepts/workloads/controllers/deployment/`,
  },
  {
    id: 'service',
    term: '서비스',
    en: 'Service',
    short: ['svc'],
    scope: 'kubernetes',
    definition:
      '레이블 셀렉터로 고른 포드 묶음 앞에 바뀌지 않는 IP 주소와 DNS 이름을 두고, 들어온 ' +
      '요청을 그 포드들로 나눠 보내는 오브젝트입니다.',
    docs: `${K8S_KO}/concepts/services-networking/service/`,
  },
  {
    id: 'namespace',
    term: '네임스페이스',
    en: 'Namespace',
    short: ['ns'],
    searchOnly: ['네임 스페이스'],
    definition:
      '하나의 클러스터 안에서 리소스를 나누는 영역으로, 리소스 이름은 같은 네임스페이스 ' +
      '안에서만 겹치지 않으면 됩니다.',
    docs: `${K8S_KO}/concepts/overview/working-with-objects/namespaces/`,
  },
  {
    id: 'rollback',
    term: '롤백',
    en: 'Rollback',
    searchOnly: ['롤 백'],
    definition:
      '디플로이먼트를 이전 리비전의 포드 템플릿으로 되돌리는 일로, kubectl rollout undo로 ' +
      '합니다.',
    docs: `${K8S_KO}/concepts/workloads/controllers/deployment/`,
  },
  {
    id: 'rolling-update',
    term: '롤링 업데이트',
    en: 'Rolling update',
    definition:
      '새 버전 포드를 조금씩 늘리면서 이전 버전 포드를 줄여, 서비스를 멈추지 않고 ' +
      '애플리케이션을 바꾸는 디플로이먼트의 기본 배포 방식입니다.',
    docs: `${K8S_KO}/concepts/workloads/controllers/deployment/`,
  },
  {
    id: 'rollout',
    term: '롤아웃',
    en: 'Rollout',
    definition:
      '디플로이먼트의 바뀐 포드 템플릿을 실제 포드에 반영해 나가는 과정으로, kubectl ' +
      'rollout으로 진행 상태와 이력을 보고 멈추거나 되돌립니다.',
    docs: `${K8S_KO}/concepts/workloads/controllers/deployment/`,
  },
  {
    id: 'probe',
    term: '프로브',
    ko: ['헬스체크', '헬스 체크'],
    en: 'Probe',
    enAlt: ['health check'],
    searchOnly: ['상태 검사'],
    definition:
      'kubelet이 컨테이너에 명령 실행, HTTP 요청, TCP 연결을 주기적으로 시도해 상태를 ' +
      '진단하는 검사입니다.',
    docs: `${K8S_KO}/concepts/workloads/pods/pod-lifecycle/`,
  },
  {
    id: 'liveness-probe',
    term: '라이브니스',
    ko: ['라이브니스 프로브', '활성 프로브', '활성화 프로브'],
    en: 'Liveness probe',
    enAlt: ['liveness'],
    definition:
      '컨테이너가 살아 있는지 검사하는 프로브로, 실패하면 kubelet이 그 컨테이너를 ' +
      '재시작합니다.',
    docs: `${K8S_KO}/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/`,
  },
  {
    id: 'readiness-probe',
    term: '레디네스',
    ko: ['레디네스 프로브', '준비성 프로브', '준비 프로브'],
    en: 'Readiness probe',
    enAlt: ['readiness'],
    searchOnly: ['준비성'],
    definition:
      '포드가 요청을 받을 준비가 됐는지 검사하는 프로브로, 실패하는 동안에는 서비스가 그 ' +
      '포드로 트래픽을 보내지 않습니다.',
    docs: `${K8S_KO}/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/`,
  },
  {
    id: 'private',
    term: '프라이베이트',
    ko: ['프라이빗'],
    en: 'Private',
    definition:
      '허가받은 사용자만 쓸 수 있게 공개하지 않았다는 뜻으로, 이 노트에서는 직접 띄워 ' +
      '운영하는 이미지 레지스트리(프라이베이트 레지스트리)를 말합니다.',
    docs: `${DOCKER}/get-started/docker-concepts/the-basics/what-is-a-registry/`,
  },
  {
    id: 'container',
    term: '컨테이너',
    en: 'Container',
    definition:
      '이미지를 실행한 것으로, 리눅스 네임스페이스와 cgroups로 다른 프로세스와 격리된 채 ' +
      '호스트의 커널을 함께 쓰며 돌아가는 프로세스입니다.',
    docs: `${K8S_KO}/concepts/containers/`,
  },
  {
    id: 'image',
    term: '이미지',
    en: 'Image',
    definition:
      '컨테이너를 실행하는 데 필요한 프로그램, 라이브러리, 설정을 레이어로 묶어 둔 읽기 ' +
      '전용 패키지입니다.',
    docs: `${K8S_KO}/concepts/containers/images/`,
  },
  {
    id: 'registry',
    term: '레지스트리',
    en: 'Registry',
    searchOnly: ['저장소'],
    definition:
      '이미지를 올리고(push) 내려받는(pull) 저장 서버로, 도커 허브가 대표적이고 직접 띄울 ' +
      '수도 있습니다.',
    docs: `${DOCKER}/get-started/docker-concepts/the-basics/what-is-a-registry/`,
  },
  {
    id: 'endpoints',
    term: '엔드포인트',
    ko: ['엔드 포인트'],
    en: 'Endpoints',
    enAlt: ['endpoint'],
    definition:
      '서비스가 트래픽을 보낼 실제 IP 주소와 포트의 목록을 담는 오브젝트로, 셀렉터 없는 ' +
      '서비스에는 직접 만들어 클러스터 밖의 주소를 이을 수 있습니다.',
    docs: `${K8S_KO}/concepts/services-networking/service/`,
  },
  {
    id: 'selector',
    term: '셀렉터',
    ko: ['셀렉타', '선택자'],
    en: 'Selector',
    definition:
      '레이블 조건(예: app=nginx)으로 리소스를 골라내는 표현으로, 서비스와 레플리카셋은 ' +
      '이것으로 자기 포드를 찾습니다.',
    docs: `${K8S_KO}/concepts/overview/working-with-objects/labels/`,
  },
  {
    id: 'label',
    term: '레이블',
    ko: ['라벨', '레이벨'],
    en: 'Label',
    enAlt: ['labels'],
    definition:
      '오브젝트에 붙이는 키/값 쌍(예: app: web)으로, 셀렉터로 리소스를 묶고 고를 때 씁니다.',
    docs: `${K8S_KO}/concepts/overview/working-with-objects/labels/`,
  },
  {
    id: 'scheduler',
    term: '스케줄러',
    ko: ['스케쥴러', '큐브 스케줄러'],
    en: 'kube-scheduler',
    enAlt: ['scheduler'],
    definition:
      '새로 만든 포드를 어느 노드에서 실행할지, 노드의 남은 자원과 조건을 따져 정하는 ' +
      '컨트롤 플레인 구성 요소입니다.',
    docs: `${K8S_KO}/concepts/scheduling-eviction/kube-scheduler/`,
  },
  {
    id: 'control-plane',
    term: '컨트롤 플레인',
    en: 'Control plane',
    definition:
      '클러스터 전체를 관리하는 구성 요소(API 서버, etcd, 스케줄러, 컨트롤러 매니저)의 ' +
      '모음으로, 보통 마스터 노드에서 실행됩니다.',
    docs: `${K8S_KO}/concepts/overview/components/`,
  },
  {
    id: 'master-node',
    term: '마스터 노드',
    en: 'Master node',
    definition:
      '컨트롤 플레인 구성 요소가 실행되는 노드로, 지금의 공식 문서는 컨트롤 플레인 노드라고 ' +
      '부릅니다.',
    docs: `${K8S_KO}/concepts/overview/components/`,
  },
  {
    id: 'worker-node',
    term: '워커 노드',
    ko: ['워크 노드'],
    en: 'Worker node',
    definition:
      '애플리케이션의 포드가 실제로 실행되는 노드로, kubelet, kube-proxy, 컨테이너 런타임이 ' +
      '돌아갑니다.',
    docs: `${K8S_KO}/concepts/architecture/nodes/`,
  },
  {
    id: 'static-pod',
    term: '스태틱 포드',
    ko: ['정적 포드', '스태틱 파드', '스테틱 포드'],
    en: 'Static pod',
    definition:
      'API 서버를 거치지 않고, 노드의 kubelet이 정해진 폴더(kubeadm은 ' +
      '/etc/kubernetes/manifests)의 매니페스트를 읽어 직접 실행하는 포드입니다.',
    docs: `${K8S_KO}/tasks/configure-pod-container/static-pod/`,
  },
  {
    id: 'volume',
    term: '볼륨',
    en: 'Volume',
    definition:
      '컨테이너 안의 경로에 연결(마운트)하는 저장 공간으로, 컨테이너가 다시 만들어져도 ' +
      '데이터가 남거나 여러 컨테이너가 함께 쓸 수 있습니다.',
    docs: `${K8S_KO}/concepts/storage/volumes/`,
  },
  {
    id: 'kubernetes',
    term: '쿠버네티스',
    ko: ['쿠베'],
    en: 'Kubernetes',
    short: ['k8s'],
    definition:
      '여러 서버에 걸쳐 컨테이너의 배포, 확장, 복구를 자동으로 해 주는 오픈 소스 컨테이너 ' +
      '오케스트레이션 플랫폼입니다.',
    docs: `${K8S_KO}/concepts/overview/`,
  },
  {
    id: 'docker',
    term: '도커',
    en: 'Docker',
    definition:
      '애플리케이션을 이미지로 만들고 배포해 컨테이너로 실행하는 도구이자 플랫폼으로, ' +
      '컨테이너 기술을 널리 알렸습니다.',
    docs: `${DOCKER}/get-started/docker-overview/`,
  },
  {
    id: 'node',
    term: '노드',
    en: 'Node',
    enAlt: ['nodes'],
    scope: 'kubernetes',
    definition: '쿠버네티스 클러스터에서 포드가 실행되는 가상 머신이나 물리 서버 한 대입니다.',
    docs: `${K8S_KO}/concepts/architecture/nodes/`,
  },
  {
    id: 'cluster',
    term: '클러스터',
    en: 'Cluster',
    definition:
      '컨트롤 플레인과 컨테이너를 실행하는 노드들을 묶은, 하나의 쿠버네티스 환경입니다.',
    docs: `${K8S_KO}/concepts/overview/components/`,
  },
  {
    id: 'manifest',
    term: '매니페스트',
    ko: ['매니패스트', '디스크립터'],
    en: 'Manifest',
    definition:
      '만들 오브젝트의 원하는 상태를 YAML이나 JSON으로 적은 파일로, kubectl apply -f나 ' +
      'kubectl create -f로 클러스터에 보냅니다.',
    docs: `${K8S_KO}/concepts/overview/working-with-objects/kubernetes-objects/`,
  },
  {
    id: 'replica',
    term: '레플리카',
    en: 'Replica',
    enAlt: ['replicas'],
    scope: 'kubernetes',
    definition:
      '같은 포드 템플릿으로 만든 포드 사본 하나하나로, replicas 필드에 원하는 개수를 적습니다.',
    docs: `${K8S_KO}/concepts/workloads/controllers/replicaset/`,
  },
  {
    id: 'microservice',
    term: '마이크로서비스',
    ko: ['마이크로 서비스'],
    en: 'Microservice',
    enAlt: ['microservices'],
    definition:
      '애플리케이션을 기능별로 작은 서비스로 나눠, 서비스마다 따로 개발하고 배포하고 확장하는 ' +
      '아키텍처입니다.',
  },
  {
    id: 'dockerfile',
    term: '도커파일',
    ko: ['도커 파일'],
    en: 'Dockerfile',
    definition:
      '이미지를 만드는 단계(FROM, RUN, COPY, CMD 등)를 차례로 적은 텍스트 파일로, docker ' +
      'build가 읽습니다.',
    docs: `${DOCKER}/get-started/docker-concepts/building-images/writing-a-dockerfile/`,
  },
  {
    id: 'docker-hub',
    term: '도커 허브',
    en: 'Docker Hub',
    enAlt: ['hub.docker.com'],
    definition:
      '도커가 운영하는 공개 이미지 레지스트리로, docker pull이 레지스트리 주소 없이 받은 ' +
      '이미지를 찾는 곳입니다.',
    docs: `${DOCKER}/docker-hub/`,
  },
  {
    id: 'controller',
    term: '컨트롤러',
    en: 'Controller',
    scope: 'kubernetes',
    definition:
      '클러스터의 현재 상태를 지켜보다가 오브젝트에 선언된 원하는 상태와 다르면 그 상태에 ' +
      '맞추는 제어 루프입니다.',
    docs: `${K8S_KO}/concepts/architecture/controller/`,
  },
  {
    id: 'scaling',
    term: '스케일',
    ko: ['스케일링'],
    en: 'Scaling',
    enAlt: ['scale'],
    scope: 'kubernetes',
    definition:
      '포드 개수(레플리카 수)를 늘리거나 줄여 처리 용량을 조절하는 일로, kubectl scale로 ' +
      '합니다.',
    docs: `${K8S_KO}/concepts/workloads/controllers/deployment/`,
  },
  {
    id: 'kubectl',
    term: 'kubectl',
    ko: ['큐브컨트롤', '쿠브컨트롤', '쿠베시티엘'],
    en: 'kubectl',
    definition:
      'API 서버에 요청을 보내 클러스터의 오브젝트를 만들고 조회하고 고치는 쿠버네티스의 ' +
      '명령줄 도구입니다.',
    docs: `${K8S_KO}/reference/kubectl/`,
  },
  {
    id: 'kubeadm',
    term: 'kubeadm',
    ko: ['큐브어드민'],
    en: 'kubeadm',
    definition:
      '컨트롤 플레인을 설치하고(kubeadm init) 노드를 클러스터에 합류시키는(kubeadm join) ' +
      '클러스터 구성 도구입니다.',
    docs: `${K8S_KO}/setup/production-environment/tools/kubeadm/create-cluster-kubeadm/`,
  },
  {
    id: 'kubelet',
    term: 'kubelet',
    ko: ['큐블릿', '쿠블릿'],
    en: 'kubelet',
    definition:
      '모든 노드에서 실행되는 에이전트로, 그 노드에 배정된 포드의 컨테이너를 컨테이너 ' +
      '런타임으로 실행하고 상태를 API 서버에 알립니다.',
    docs: `${K8S_KO}/concepts/overview/components/`,
  },
  {
    id: 'kube-apiserver',
    term: 'API 서버',
    ko: ['큐브 API 서버'],
    en: 'kube-apiserver',
    enAlt: ['apiserver', 'api-server', 'api server'],
    definition:
      '쿠버네티스 API를 제공하는 컨트롤 플레인의 중심으로, kubectl과 모든 구성 요소의 요청을 ' +
      '검사한 뒤 etcd에 저장하고 읽어 옵니다.',
    docs: `${K8S_KO}/concepts/overview/components/`,
  },
  {
    id: 'etcd',
    term: 'etcd',
    ko: ['이티시디'],
    en: 'etcd',
    definition:
      '클러스터의 모든 오브젝트와 상태를 키-값으로 저장하는 분산 저장소로, API 서버만 이것과 ' +
      '직접 통신합니다.',
    docs: `${K8S_KO}/tasks/administer-cluster/configure-upgrade-etcd/`,
  },
  {
    id: 'load-balancer',
    term: '로드밸런서',
    ko: ['로드 밸런서'],
    en: 'LoadBalancer',
    enAlt: ['load balancer'],
    definition:
      '들어오는 트래픽을 여러 서버나 포드로 나눠 보내는 장치로, 서비스 타입 LoadBalancer는 ' +
      '클라우드의 외부 로드밸런서를 만들어 서비스에 잇습니다.',
    docs: `${K8S_KO}/concepts/services-networking/service/`,
  },
  {
    id: 'nodeport',
    term: '노드포트',
    ko: ['노드 포트'],
    en: 'NodePort',
    definition:
      '모든 노드의 같은 포트(기본 30000–32767 중 하나)로 들어온 요청을 서비스로 넘겨, ' +
      '서비스를 클러스터 밖에 노출하는 서비스 타입입니다.',
    docs: `${K8S_KO}/concepts/services-networking/service/`,
  },
  {
    id: 'clusterip',
    term: '클러스터아이피',
    ko: ['클러스터 IP'],
    en: 'ClusterIP',
    enAlt: ['Cluster IP'],
    definition:
      '클러스터 안에서만 닿는 서비스의 고정 가상 IP 주소이자, 이것만 주는 서비스의 기본 ' +
      '타입입니다.',
    docs: `${K8S_KO}/concepts/services-networking/service/`,
  },
  {
    id: 'revision',
    term: '리비전',
    en: 'Revision',
    searchOnly: ['개정'],
    definition:
      '디플로이먼트의 포드 템플릿이 바뀔 때마다 매겨지는 버전 번호로, kubectl rollout ' +
      'history로 보고 --to-revision으로 그 버전에 돌아갑니다.',
    docs: `${K8S_KO}/concepts/workloads/controllers/deployment/`,
  },

  // Terms of the notes the search did not know before the glossary page.
  {
    id: 'startup-probe',
    term: '스타트업 프로브',
    en: 'Startup probe',
    definition:
      '애플리케이션이 시작을 마쳤는지 검사하는 프로브로, 성공할 때까지 라이브니스·레디네스 ' +
      '프로브를 미뤄 느리게 뜨는 앱이 재시작되지 않게 합니다.',
    docs: `${K8S_KO}/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/`,
  },
  {
    id: 'daemonset',
    term: '데몬셋',
    en: 'DaemonSet',
    short: ['ds'],
    definition:
      '모든 노드(또는 고른 노드)마다 포드를 하나씩 실행하는 오브젝트로, 로그 수집기 같은 ' +
      '노드 에이전트에 씁니다.',
    docs: `${K8S_KO}/concepts/workloads/controllers/daemonset/`,
  },
  {
    id: 'statefulset',
    term: '스테이트풀셋',
    en: 'StatefulSet',
    short: ['sts'],
    definition:
      '포드마다 고정된 이름과 전용 저장소를 주어, 데이터베이스처럼 상태를 가진 애플리케이션을 ' +
      '실행하는 오브젝트입니다.',
    docs: `${K8S_KO}/concepts/workloads/controllers/statefulset/`,
  },
  {
    id: 'job',
    term: '잡',
    en: 'Job',
    definition:
      '한 번 하고 끝나는 작업을 위해 포드를 실행하고, 정해진 횟수만큼 성공적으로 끝날 때까지 ' +
      '책임지는 오브젝트입니다.',
    docs: `${K8S_KO}/concepts/workloads/controllers/job/`,
  },
  {
    id: 'cronjob',
    term: '크론잡',
    en: 'CronJob',
    enAlt: ['cron job'],
    short: ['cj'],
    definition: 'cron 형식의 일정(예: 매일 새벽 2시)에 따라 잡을 되풀이해 만드는 오브젝트입니다.',
    docs: `${K8S_KO}/concepts/workloads/controllers/cron-jobs/`,
  },
  {
    id: 'object',
    term: '오브젝트',
    ko: ['객체'],
    en: 'Object',
    scope: 'kubernetes',
    definition:
      '포드, 서비스, 디플로이먼트처럼 클러스터에 저장되어 원하는 상태를 나타내는 기록으로, ' +
      '대부분 spec(원하는 상태)과 status(현재 상태)를 가집니다.',
    docs: `${K8S_KO}/concepts/overview/working-with-objects/kubernetes-objects/`,
  },
  {
    id: 'spec',
    term: '스펙',
    en: 'spec',
    scope: 'kubernetes',
    definition:
      '오브젝트의 spec 필드로, 레플리카 수나 컨테이너 이미지처럼 사용자가 원하는 상태를 ' +
      '적는 부분입니다.',
    docs: `${K8S_KO}/concepts/overview/working-with-objects/kubernetes-objects/`,
  },
  {
    id: 'metadata',
    term: '메타데이터',
    en: 'metadata',
    scope: 'kubernetes',
    definition:
      '오브젝트의 metadata 필드로, 이름, 네임스페이스, 레이블, 애노테이션처럼 오브젝트를 ' +
      '알아보고 설명하는 정보입니다.',
    docs: `${K8S_KO}/concepts/overview/working-with-objects/kubernetes-objects/`,
  },
  {
    id: 'declarative',
    term: '선언적',
    en: 'Declarative',
    scope: 'kubernetes',
    definition:
      '할 일을 하나하나 명령하는 대신 원하는 상태를 적어 두면, 시스템이 현재 상태를 그 ' +
      '상태로 맞춰 가는 방식입니다.',
    docs: `${K8S_KO}/concepts/overview/working-with-objects/object-management/`,
  },
  {
    id: 'kubernetes-api',
    term: '쿠버네티스 API',
    en: 'Kubernetes API',
    definition:
      '오브젝트를 만들고 읽고 고치고 지우는 HTTP 인터페이스로, API 서버가 제공하고 kubectl도 ' +
      '이것을 부릅니다.',
    docs: `${K8S_KO}/concepts/overview/kubernetes-api/`,
  },
  {
    id: 'kube-controller-manager',
    term: '컨트롤러 매니저',
    ko: ['큐브 컨트롤러 매니저'],
    en: 'kube-controller-manager',
    enAlt: ['controller-manager', 'controller manager'],
    definition:
      '노드, 레플리카셋, 디플로이먼트, 엔드포인트 등을 맡는 여러 컨트롤러를 한 프로세스로 ' +
      '묶어 실행하는 컨트롤 플레인 구성 요소입니다.',
    docs: `${K8S_KO}/concepts/overview/components/`,
  },
  {
    id: 'cloud-controller-manager',
    term: '클라우드 컨트롤러 매니저',
    en: 'cloud-controller-manager',
    enAlt: ['Cloud Controller'],
    definition:
      'AWS, Azure, GCP 같은 클라우드의 노드, 로드밸런서, 네트워크 경로를 쿠버네티스와 잇는 ' +
      '컨트롤 플레인 구성 요소입니다.',
    docs: `${K8S_KO}/concepts/architecture/cloud-controller/`,
  },
  {
    id: 'kube-proxy',
    term: 'kube-proxy',
    ko: ['큐브 프록시'],
    en: 'kube-proxy',
    definition:
      '노드마다 실행되며 iptables 같은 네트워크 규칙을 만들어, 서비스의 IP 주소로 온 ' +
      '트래픽을 뒤의 포드로 전달하는 구성 요소입니다.',
    docs: `${K8S_KO}/reference/command-line-tools-reference/kube-proxy/`,
  },
  {
    id: 'container-runtime',
    term: '컨테이너 런타임',
    en: 'Container runtime',
    definition:
      '노드에서 컨테이너를 실제로 실행하고 관리하는 소프트웨어로, containerd와 CRI-O가 ' +
      '대표적입니다.',
    docs: `${K8S_KO}/setup/production-environment/container-runtimes/`,
  },
  {
    id: 'containerd',
    term: 'containerd',
    en: 'containerd',
    definition:
      '이미지를 내려받고 컨테이너의 생애 주기를 관리하는 컨테이너 런타임으로, 도커 엔진 ' +
      '아래에서도, 쿠버네티스의 CRI 런타임으로도 쓰입니다.',
    docs: `${K8S_KO}/setup/production-environment/container-runtimes/`,
  },
  {
    id: 'runc',
    term: 'runC',
    en: 'runc',
    definition:
      'OCI 규격에 따라 리눅스 네임스페이스와 cgroups를 설정해 컨테이너 프로세스를 실제로 ' +
      '만드는 저수준 런타임입니다.',
    docs: `${K8S_KO}/setup/production-environment/container-runtimes/`,
  },
  {
    id: 'cri',
    term: 'CRI',
    en: 'Container Runtime Interface',
    definition:
      'kubelet이 containerd나 CRI-O 같은 컨테이너 런타임과 대화하는 표준 인터페이스입니다.',
    docs: `${K8S_KO}/concepts/architecture/cri/`,
  },
  {
    id: 'cni',
    term: 'CNI',
    en: 'Container Network Interface',
    definition:
      '포드에 네트워크 인터페이스와 IP 주소를 붙이는 플러그인의 표준 규격으로, Calico, ' +
      'Flannel, Cilium 같은 포드 네트워크 애드온이 이것을 구현합니다.',
    docs: `${K8S_KO}/concepts/cluster-administration/networking/`,
  },
  {
    id: 'oci',
    term: 'OCI',
    en: 'Open Container Initiative',
    definition:
      '컨테이너 이미지의 형식과 런타임의 동작을 정한 개방형 표준으로, runC가 그 런타임 ' +
      '규격의 대표 구현입니다.',
  },
  {
    id: 'dockershim',
    term: 'dockershim',
    en: 'dockershim',
    definition:
      'kubelet이 도커 엔진을 CRI 런타임처럼 쓰게 해 주던 어댑터로, 쿠버네티스 1.24에서 ' +
      '제거되었습니다.',
    docs: `${K8S_KO}/tasks/administer-cluster/migrating-from-dockershim/`,
  },
  {
    id: 'coredns',
    term: 'CoreDNS',
    en: 'CoreDNS',
    enAlt: ['Core DNS'],
    definition:
      '클러스터 안에서 서비스와 포드의 이름을 IP 주소로 바꿔 주는 DNS 서버로, kubeadm이 ' +
      '애드온으로 설치합니다.',
    docs: `${K8S_KO}/tasks/administer-cluster/coredns/`,
  },
  {
    id: 'addon',
    term: '애드온',
    en: 'Addon',
    definition:
      'DNS, 포드 네트워크(CNI), 대시보드처럼 클러스터에 기능을 더하려고 따로 설치하는 ' +
      '구성 요소입니다.',
    docs: `${K8S_KO}/concepts/cluster-administration/addons/`,
  },
  {
    id: 'kube-system',
    term: 'kube-system',
    en: 'kube-system',
    definition:
      '쿠버네티스가 스스로 쓰는 시스템 구성 요소(API 서버, 스케줄러, CoreDNS, kube-proxy ' +
      '등)의 포드가 들어 있는 네임스페이스입니다.',
    docs: `${K8S_KO}/concepts/overview/working-with-objects/namespaces/`,
  },
  {
    id: 'kubeconfig',
    term: 'kubeconfig',
    en: 'kubeconfig',
    definition:
      '클러스터 주소, 인증 정보, 기본 네임스페이스를 담은 kubectl의 설정 파일로, 기본 위치는 ' +
      '$HOME/.kube/config이고 KUBECONFIG 환경 변수로 바꿀 수 있습니다.',
    docs: `${K8S_KO}/concepts/configuration/organize-cluster-access-kubeconfig/`,
  },
  {
    id: 'cgroups',
    term: 'cgroups',
    ko: ['컨트롤 그룹', '리눅스 컨트롤 그룹'],
    en: 'cgroups',
    enAlt: ['cgroup'],
    definition:
      '프로세스 묶음이 쓸 수 있는 CPU, 메모리, I/O 같은 자원의 양을 제한하고 재는 리눅스 ' +
      '커널 기능입니다.',
    docs: `${K8S_KO}/concepts/architecture/cgroups/`,
  },
  {
    id: 'linux-namespace',
    term: '리눅스 네임스페이스',
    ko: ['리눅스 네임 스페이스'],
    en: 'Linux namespaces',
    enAlt: ['linux namespace'],
    definition:
      '프로세스마다 파일 시스템 마운트, 네트워크, 프로세스 ID, 호스트 이름 등을 따로 보이게 ' +
      '해 서로 격리하는 리눅스 커널 기능으로, 쿠버네티스의 네임스페이스와는 다릅니다.',
    docs: `${DOCKER}/get-started/docker-overview/`,
  },
  {
    id: 'virtual-machine',
    term: '가상 머신',
    ko: ['가상머신'],
    en: 'Virtual machine',
    short: ['VM'],
    definition:
      '하이퍼바이저 위에서 게스트 운영체제까지 통째로 돌리는 가상의 컴퓨터로, 컨테이너보다 ' +
      '격리가 강하지만 무겁고 느리게 뜹니다.',
    docs: `${DOCKER}/get-started/docker-concepts/the-basics/what-is-a-container/`,
  },
  {
    id: 'monolithic',
    term: '모놀리식',
    en: 'Monolithic',
    definition:
      '모든 기능을 하나의 애플리케이션으로 묶어 함께 빌드하고 배포하는 아키텍처로, ' +
      '마이크로서비스와 반대되는 방식입니다.',
  },
  {
    id: 'devops',
    term: '데브옵스',
    en: 'DevOps',
    definition:
      '개발(Dev)과 운영(Ops)이 함께 일하며 빌드, 테스트, 배포를 자동화해 소프트웨어를 더 ' +
      '빠르고 안정적으로 내놓으려는 문화와 방법입니다.',
  },
  {
    id: 'orchestration',
    term: '오케스트레이션',
    en: 'Orchestration',
    definition:
      '여러 서버에 걸친 많은 컨테이너의 배치, 확장, 복구, 네트워크 연결을 자동으로 조율하는 ' +
      '일입니다.',
    docs: `${K8S_KO}/concepts/overview/`,
  },
  {
    id: 'high-availability',
    term: '고가용성',
    en: 'High availability',
    short: ['HA'],
    definition:
      '일부 서버가 멈춰도 서비스가 이어지도록 구성 요소를 여러 대에 복제해 두는 것으로, ' +
      'etcd가 과반수 합의로 동작하므로 컨트롤 플레인 노드는 보통 3대처럼 홀수로 둡니다.',
    docs: `${K8S_KO}/setup/production-environment/tools/kubeadm/ha-topology/`,
  },
  {
    id: 'session-affinity',
    term: '세션 고정',
    en: 'Session affinity',
    enAlt: ['sessionAffinity'],
    definition:
      '서비스에 sessionAffinity: ClientIP를 주어, 같은 클라이언트 IP의 요청을 늘 같은 포드로 ' +
      '보내는 설정입니다.',
    docs: `${K8S_KO}/concepts/services-networking/service/`,
  },
  {
    id: 'docker-engine',
    term: '도커 엔진',
    en: 'Docker Engine',
    definition:
      '이미지, 네트워크, 볼륨을 관리하고 도커 명령을 받아 처리하는 도커의 서버(dockerd)로, ' +
      '컨테이너 실행은 아래의 containerd에 맡깁니다.',
    docs: `${DOCKER}/engine/`,
  },
  {
    id: 'layer',
    term: '레이어',
    en: 'Layer',
    definition:
      '이미지를 이루는 읽기 전용 파일 시스템 변경분 한 겹으로, Dockerfile의 RUN, COPY 같은 ' +
      '명령이 하나씩 만들고 이미지끼리 같은 레이어를 함께 씁니다.',
    docs: `${DOCKER}/get-started/docker-concepts/building-images/understanding-image-layers/`,
  },
  {
    id: 'tag',
    term: '태그',
    en: 'Tag',
    definition:
      '이미지 이름 뒤에 붙여 버전을 나타내는 이름(예: nginx:1.27)으로, 생략하면 latest가 ' +
      '쓰입니다.',
    docs: `${DOCKER}/get-started/docker-concepts/building-images/build-tag-and-publish-an-image/`,
  },
  {
    id: 'push',
    term: '푸시',
    en: 'Push',
    definition:
      '로컬에 있는 이미지를 레지스트리에 올리는 일로, 이미지 이름에 레지스트리 주소나 계정을 ' +
      '붙인 태그를 달고 docker push로 합니다.',
    docs: `${DOCKER}/get-started/docker-concepts/building-images/build-tag-and-publish-an-image/`,
  },
  {
    id: 'port-forwarding',
    term: '포트포워딩',
    ko: ['포트 포워딩'],
    en: 'Port publishing',
    enAlt: ['port forwarding'],
    definition:
      '호스트의 포트로 들어온 요청을 컨테이너의 포트로 넘겨 주는 설정으로, docker run -p ' +
      '호스트포트:컨테이너포트로 지정합니다.',
    docs: `${DOCKER}/get-started/docker-concepts/running-containers/publishing-ports/`,
  },
  {
    id: 'environment-variable',
    term: '환경 변수',
    ko: ['환경변수'],
    en: 'Environment variable',
    definition:
      '프로세스에 이름=값 형태로 넘기는 설정 값으로, docker run -e나 포드의 env 필드로 ' +
      '컨테이너에 전달합니다.',
    docs: `${DOCKER}/get-started/docker-concepts/running-containers/overriding-container-defaults/`,
  },
  {
    id: 'swap',
    term: '스왑',
    en: 'Swap',
    definition:
      '메모리가 모자랄 때 디스크를 메모리처럼 쓰는 리눅스 기능으로, kubelet은 기본 설정에서 ' +
      '스왑이 켜져 있으면 시작하지 않으므로 설치 전에 끕니다.',
    docs: `${K8S_KO}/concepts/cluster-administration/swap-memory-management/`,
  },
  {
    id: 'bootstrap-token',
    term: '토큰',
    en: 'Bootstrap token',
    definition:
      'kubeadm join으로 새 노드가 클러스터에 합류할 때 쓰는 부트스트랩 토큰(abcdef.' +
      '0123456789abcdef 형식)으로, kubeadm token 명령으로 만들고 봅니다.',
    docs: `${K8S_KO}/reference/access-authn-authz/bootstrap-tokens/`,
  },
  {
    id: 'cidr',
    term: 'CIDR',
    en: 'CIDR',
    definition:
      'IP 주소 범위를 172.16.0.0/16처럼 주소와 접두사 길이로 나타내는 표기로, kubeadm init의 ' +
      '--pod-network-cidr가 포드에 줄 IP 범위를 정합니다.',
    docs: `${K8S_KO}/concepts/cluster-administration/networking/`,
  },
  {
    id: 'cadvisor',
    term: 'cAdvisor',
    en: 'cAdvisor',
    enAlt: ['c-Advisor'],
    definition:
      '컨테이너마다 CPU, 메모리, 네트워크 사용량을 모으는 도구로, kubelet 안에 들어 있습니다.',
  },
  {
    id: 'yaml',
    term: 'YAML',
    en: 'YAML',
    definition:
      '들여쓰기로 구조를 나타내는, 사람이 읽기 쉬운 데이터 형식으로, 쿠버네티스 매니페스트를 ' +
      '주로 이 형식으로 씁니다.',
    docs: `${K8S_KO}/concepts/overview/working-with-objects/kubernetes-objects/`,
  },
  {
    id: 'vagrant',
    term: 'Vagrant',
    en: 'Vagrant',
    definition:
      '설정 파일(Vagrantfile) 하나로 VirtualBox 같은 가상 머신을 만들고 구성해 주는 ' +
      '도구로, 이 노트의 실습 환경을 만듭니다.',
  },

  // kubectl subcommands: found in the shell blocks of the chapters.
  command('get', '리소스의 목록이나 상태를 표로 보여 주는 명령으로, -o wide나 -o yaml로 더 자세히 볼 수 있습니다.'),
  command('describe', '리소스 하나의 설정, 상태, 최근 이벤트를 사람이 읽기 좋게 자세히 보여 주는 명령입니다.'),
  command('create', '파일(-f)이나 하위 명령(create deployment 등)으로 새 리소스를 만드는 명령으로, 이미 있으면 오류가 납니다.'),
  command('apply', '매니페스트에 적은 상태를 클러스터에 적용하는 명령으로, 리소스가 없으면 만들고 있으면 달라진 부분만 고칩니다.'),
  command('delete', '이름, 파일, 레이블 셀렉터로 고른 리소스를 지우는 명령입니다.'),
  command('edit', '클러스터에 있는 리소스를 편집기로 열어 고치고, 저장하면 바로 반영하는 명령입니다.'),
  command('patch', '리소스의 일부 필드만 JSON이나 YAML 조각으로 바꾸는 명령입니다.'),
  command('expose', '디플로이먼트나 포드 같은 리소스를 가리키는 서비스를 만들어 네트워크에 노출하는 명령입니다.'),
  command('scale', '디플로이먼트나 레플리카셋의 레플리카 수를 --replicas 값으로 바꾸는 명령입니다.'),
  command('rollout', '디플로이먼트 같은 워크로드의 배포를 다루는 명령 묶음으로, status, history, undo, pause, resume 같은 하위 명령이 있습니다.'),
  command('set', '컨테이너 이미지(set image)처럼 리소스의 정해진 설정을 바꾸는 명령 묶음입니다.'),
  command('label', '리소스에 레이블을 붙이거나(key=value), 바꾸거나(--overwrite), 지우는(key-) 명령입니다.'),
  command('annotate', '리소스에 애노테이션(셀렉터로 고르지 않는 부가 정보 키/값)을 붙이거나 지우는 명령입니다.'),
  command('run', '이미지 하나로 포드를 바로 만들어 실행하는 명령입니다.'),
  command('logs', '포드 안 컨테이너의 로그(표준 출력과 표준 오류)를 보여 주는 명령입니다.'),
  command('exec', '실행 중인 컨테이너 안에서 명령을 실행하는 명령으로, -- 뒤에 실행할 명령을 적습니다.'),
];

/** A kubectl subcommand entry: `kubectl <name>`, linked to its (English) reference page. */
function command(name: string, definition: string): GlossaryEntry {
  return {
    id: `kubectl-${name}`,
    term: `kubectl ${name}`,
    kind: 'command',
    en: `kubectl ${name}`,
    definition,
    docs: kubectlRef(name),
  };
}
